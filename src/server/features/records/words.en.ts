/**
 * English words of "Download my records": the README and the CSV files' header rows and values. Every other language
 * has a words.<lang>.ts of the same shape (words.test.ts checks the counts line up). The payments file's header row is
 * the payment history's own (payments/documents.<lang>.ts); only its column meanings are here.
 */
const pay = 'Dollars paid for these hours.';

export const en = {
  readme: {
    title: 'Your IHSS records',
    madeFor: 'Records of {{name}} (login ID {{loginId}}) from the IHSS provider portal, made on {{date}}.',
    howToOpen:
      'Each .csv file opens in a spreadsheet program (Excel, Google Sheets, Numbers, LibreOffice). Times are California time (Pacific), written year-month-day hour:minute:second. Amounts are U.S. dollars; hours are decimal hours (7.50 is seven and a half hours).',
    privacy:
      'Only your own records are here. No other person’s health information is in these files: no diagnoses, no addresses, and no notes people wrote with their decisions (the reason codes are kept).',
    keepSafe: 'These files hold personal information. Keep them somewhere safe and share them only with people you trust.',
    headerOnly: 'For your kind of account this file has only its header row.',
    rows: 'Rows in this file: {{count}}',
    columns: 'Columns:',
    questions: 'Questions about these records: call your county IHSS office.',
  },
  files: {
    signIns: {
      about: 'Every sign-in, failed sign-in attempt, lockout, password change and sign-out on your account.',
      headers: ['Date and time', 'What happened', 'Result', 'Network address', 'Device'],
      meanings: [
        'When it happened.',
        'Signed in, wrong password, account locked, signed out, and so on.',
        'Whether it succeeded.',
        'The internet (IP) address the request came from.',
        'The browser and system used, as the browser described itself.',
      ],
    },
    evvTaps: {
      about: 'Every check-in and check-out (EVV) you tapped. Where you were is not in this file, only whether your location was recorded.',
      headers: ['Tapped at', 'Check in or out', 'Case number', 'Recipient', 'Place', 'Location', 'Received at', 'Sent from'],
      meanings: [
        'The time you tapped, as your phone or computer recorded it.',
        'A check-in or a check-out.',
        'The recipient’s IHSS case number.',
        'The recipient’s name.',
        'Home or community, as you chose it.',
        'Whether your location was recorded with the tap.',
        'When the portal received the tap (later than the tap when your phone had no signal).',
        'The portal on the web, or the phone line.',
      ],
    },
    timesheets: {
      about:
        'Every version of every timesheet, one row for each step of its life: submitted, approved or rejected, sent to the county, approved or denied, paid, replaced by a correction. A version not submitted yet has one row with no step.',
      headers: ['Case number', 'Recipient', 'Provider ID', 'Pay period start', 'Pay period end', 'Version', 'Status now', 'Hours worked', 'Travel hours', 'Gross pay', 'Date and time', 'What happened', 'By', 'Reason codes'],
      meanings: [
        'The recipient’s IHSS case number.',
        'The recipient’s name.',
        'The provider who wrote the timesheet.',
        'The first day of the pay period.',
        'The last day of the pay period.',
        '1 for the first timesheet of the period; each correction is the next number.',
        'Where this version stands today.',
        'Hours of work on this version.',
        'Hours of travel between recipients on this version.',
        'Pay before taxes and deductions, counted when the version was submitted (blank in a recipient’s file).',
        'When the step on this row happened.',
        'The step.',
        'Who took the step, as a role: provider, recipient, county or the portal.',
        'The reason codes of a denial, a county review or a returned payment, separated by spaces.',
      ],
    },
    messages: {
      about: 'Every message you sent or received in the portal, oldest first.',
      headers: ['Date and time', 'Sent or received', 'From', 'Subject', 'Message', 'Conversation number', 'First read at', 'Acknowledged at'],
      meanings: [
        'When the message was sent.',
        'Whether you sent it or received it.',
        'You, or your county IHSS office.',
        'The subject of the conversation.',
        'The words of the message.',
        'Messages of one conversation share this number.',
        'When you first opened it (messages to you).',
        'When you confirmed you read it, for messages that ask for that.',
      ],
    },
    payments: {
      about: 'Every payment issued to you, oldest first, with the same columns as the payment history on the Payments page.',
      meanings: [
        'The number on the pay stub.',
        'The day the payment was issued.',
        'The first day of the pay period paid.',
        'The last day of the pay period paid.',
        'The recipient’s IHSS case number.',
        'The recipient’s name.',
        'Hours paid at the hourly rate.',
        'Hours paid at 1.5 times the hourly rate.',
        'Hours of travel between recipients.',
        'Hours of paid sick leave.',
        'Dollars an hour.',
        pay,
        pay,
        pay,
        pay,
        'Total pay before taxes and deductions.',
        'Issued, paid, or returned by your bank.',
        'The day the bank says the money reached your account.',
        'The day your bank sent the deposit back, if it did.',
        'The bank’s reason code and what it means.',
      ],
    },
  },
  values: {
    signIn: {
      'sign_in.success': 'Signed in',
      'sign_in.failure': 'Sign-in attempt with a wrong password',
      'sign_in.locked': 'Sign-in attempt while locked',
      'account.locked': 'Account locked',
      'account.unlocked': 'Account unlocked',
      'password.reset': 'Password changed',
      'account.setup': 'Account created',
      sign_out: 'Signed out',
      'session.expired': 'Session ended after no activity',
    },
    outcome: { success: 'Succeeded', failure: 'Failed', denied: 'Refused' },
    tap: { in: 'Check in', out: 'Check out' },
    place: { home: 'Home', community: 'Community' },
    location: { captured: 'Location recorded', refused: 'Location refused', unavailable: 'Location not found', not_required: 'Not required' },
    sentFrom: { web: 'Web', phone: 'Phone' },
    status: {
      draft: 'Not submitted yet',
      submitted: 'Waiting for the recipient',
      approved_by_recipient: 'Approved by the recipient',
      rejected_by_recipient: 'Rejected by the recipient',
      in_county_review: 'Being reviewed by the county',
      approved: 'Approved for payment',
      denied: 'Denied by the county',
      payment_issued: 'Payment issued',
      paid: 'Paid',
      superseded: 'Replaced by a newer version',
    },
    step: {
      submit: 'Submitted',
      recipient_approve: 'Approved by the recipient',
      recipient_reject: 'Rejected by the recipient',
      route_to_county: 'Sent to the county for review',
      auto_approve: 'Approved for payment (no problems found)',
      hold: 'Put on hold by the county',
      release: 'Hold released by the county',
      county_approve: 'Approved for payment by the county',
      county_deny: 'Denied by the county',
      issue_payment: 'Payment issued',
      mark_paid: 'Paid',
      payment_returned: 'Returned by your bank',
      mark_paid_again: 'Paid again (the returned payment was sent again)',
      supersede: 'Replaced by a newer version',
    },
    by: { provider: 'Provider', recipient: 'Recipient', county: 'County', system: 'The portal' },
    direction: { sent: 'Sent', received: 'Received' },
    from: { you: 'You', county: 'Your county IHSS office' },
  },
};

type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? readonly Widen<U>[] : { readonly [K in keyof T]: Widen<T[K]> };

/** What one language writes: the same keys as English, its own words. */
export type RecordWords = Widen<typeof en>;
