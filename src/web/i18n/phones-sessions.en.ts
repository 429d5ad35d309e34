/**
 * English words of the phone header and menu, taps kept over a sign-in, and the recipient's confirmed approval
 * (issue #12). Spread into en.ts; phones-sessions.es.ts has the same keys.
 */
export const phonesSessionsEn = {
  siteMenu: {
    open: 'Menu',
    label: 'Main menu',
    account: 'Your account',
    dashboard: 'Dashboard',
    checkIn: 'Check in and out',
    visits: 'Visits',
    timesheets: 'Timesheets',
    sickLeave: 'Sick leave',
    claims: 'Claims',
    payments: 'Payments',
    violations: 'Violations',
    recipients: 'Recipients',
    messages: 'Messages',
    profile: 'Profile',
    review: 'Timesheets to review',
    console: 'County console',
    cases: 'Recipients and cases',
    enrolments: 'Enrolments',
    countyReview: 'Timesheet review',
    countyMessages: 'Messages',
    unlock: 'Unlock an account',
    settings: 'County settings',
    countyAdmins: 'County administrators',
    security: 'Sign-in and security',
  },
  keptTaps: {
    heading_one: 'A tap is waiting on this phone',
    heading: '{{count}} taps are waiting on this phone',
    checkIn: 'Check-in tapped {{at}}',
    checkOut: 'Check-out tapped {{at}}',
    afterSignIn:
      'Your session ended before it could be sent. It is kept on this phone and will be sent with the time you tapped as soon as you sign in again.',
    onlyTheirs: 'It is sent only when the provider who tapped it signs in. It is never recorded under anyone else’s name.',
    otherAccountHeading: 'A tap by another account is kept on this phone',
    otherAccountText:
      'A check-in or check-out made on this phone by another account has not been sent. It will not be recorded under your name: it stays on this phone and is sent when that provider signs in here again.',
  },
  approval: {
    heading: 'Approve these hours?',
    intro: 'You are approving the hours {{name}} worked for you from {{span}}.',
    day: 'Day',
    hours: 'Hours worked',
    travel: 'Travel',
    total: 'Total',
    totalLine: 'Total: {{worked}} worked and {{travel}} of travel',
    noDays: 'No hours were recorded in this period.',
    confirm: 'Yes, approve these hours',
    cancel: 'Go back',
  },
};
