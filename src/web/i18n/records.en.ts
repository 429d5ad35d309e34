/**
 * English words of 'Download my records' on the profile page (issue #14), spread into signed-in.en.ts; every
 * language has a records.<lang>.ts with the same keys.
 */
export const recordsEn = {
  records: {
    heading: 'Your records',
    intro: 'Keep your own copy of your sign-ins, check-ins and check-outs, timesheets with every decision on them, messages with the county, and payments. They come as one ZIP file of spreadsheet (CSV) files, with a README that says what each file holds.',
    privacy: 'The files hold only your own records, never another person’s health information. Keep them somewhere safe.',
    download: 'Download my records',
    preparing: 'Preparing your records…',
  },
};
