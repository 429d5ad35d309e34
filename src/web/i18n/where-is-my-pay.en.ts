/**
 * English words of "Where is my pay" (issue #15) on the claim page and the dashboard's billing region, spread into
 * signed-in.en.ts; every language has a where-is-my-pay.<lang>.ts with the same keys.
 */
export const whereIsMyPayEn = {
  whereIsMyPay: {
    heading: 'Where is my pay',
    dashboardHeading: 'Pay on its way',
    forClaim: '{{name}}, {{span}}',
    headline: {
      deposit: 'Expected in your bank on {{date}}',
      depositArrived: 'In your bank on {{date}}',
      mail: 'Your check is expected in the mail by {{date}}',
      mailArrived: 'Your check was paid on {{date}}',
      returned: 'Your bank sent the deposit back. The State pays it again, usually by a check in the mail: keep your mailing address up to date.',
      sentBack: 'No pay is on its way: this timesheet was sent back to you. Correct it and submit it again.',
    },
    stepsHeading: 'Each step',
    state: {
      done: 'Done',
      now: 'Now',
      next: 'Next',
    },
    step: {
      recipientDone: 'Approved by your recipient on {{date}}',
      recipientWaiting: 'Waiting for your recipient to approve it, by {{date}}',
      countyDone: 'Reviewed by the county on {{date}}',
      countyWaiting: 'In county review: a decision is expected by {{date}}',
      countyNext: 'County review, expected by {{date}}',
      countyOnHold: 'The county has put it on hold.',
      countyWhy: 'What the county checks:',
      approvedDone: 'Approved on {{date}}',
      approvedNext: 'Approval expected by {{date}}',
      payRunDone: 'Paid by the State on {{date}}',
      payRunNext: 'In the pay run of {{date}}',
      depositDone: 'In your bank on {{date}}',
      depositNext: 'Expected in your bank on {{date}}',
      mailDone: 'Check paid on {{date}}',
      mailSent: 'Check mailed on {{mailed}}, expected by {{date}}',
      mailNext: 'Check to be mailed on {{mailed}}, expected by {{date}}',
      returned: 'Your bank sent the deposit back on {{date}}',
      returnedWhy: 'Why, and what to do:',
      sentBack: 'Sent back to you on {{date}}',
    },
    late: {
      days_one: '{{count}} day late',
      days: '{{count}} days late',
      recipient: 'Your recipient was asked to decide by {{date}}: {{late}}.',
      countyReview: 'The State has 10 business days to pay an approved timesheet; they ended on {{date}}: the county’s review is {{late}}.',
      payRun: 'The State has 10 business days to pay an approved timesheet; they ended on {{date}}: this payment is {{late}}.',
      deposit: 'This deposit was due in your bank on {{date}}: {{late}}. Check your account first.',
      mail: 'Your check was due by {{date}}: {{late}}. The county can stop it and send you a new one.',
      call: 'Call your county’s help desk:',
    },
  },
};
