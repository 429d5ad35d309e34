/**
 * English words of a returned timesheet's story (issue #12): who sent it back and why, on the dashboard, the
 * timesheet, the claim and the correction, and the confirmation after "Submit". Spread into en.ts;
 * sent-back.es.ts has the same keys.
 */
export const sentBackEn = {
  story: {
    heading: 'Where it stands',
    recipientApproved: '{{name}} approved it on {{at}}.',
    recipientReturned: '{{name}} sent it back on {{at}}.',
    countyApproved: '{{county}} County approved it on {{at}}.',
    countyDenied: '{{county}} County denied it on {{at}}.',
    countyDeniedNoName: 'The county denied it on {{at}}.',
    recipientReason: 'Their reason: “{{reason}}”',
    countyNote: 'The county’s note: “{{note}}”',
    reasonsHeading: 'The county’s reasons, with what to change',
    reasonsHeading_one: 'The county’s reason, with what to change',
    onDay: 'About {{day}}',
    onWeek: 'About the week of {{span}}',
    whatToChange: 'What to change:',
    next: {
      submit: 'Next: check the days, then submit it to {{name}}.',
      wait_recipient: 'Next: {{name}} approves it or sends it back. They are asked to decide by {{date}}.',
      wait_recipient_noDate: 'Next: {{name}} approves it or sends it back.',
      wait_county: 'Next: the county reviews it. You will be told when it decides.',
      correct: 'Next: correct it, then choose “Submit the correction”.',
      correcting: 'Next: finish the correction you started, then choose “Submit the correction”.',
      wait_payment: 'Next: the payment is made. You will be told when it is issued.',
      wait_bank: 'Next: the money reaches you. “Where is my pay” below says the day it is expected.',
      paid: 'It is paid. Nothing more to do.',
      replaced: 'A newer version replaced it.',
    },
    openCorrection: 'Open the correction',
    correcting: 'Opening the correction…',
    correctionHeading: 'Why it was sent back',
    correctionIntro: 'Fix what is named below (each reason is also shown beside its day or week), then choose “Submit the correction” at the end.',
    seeClaim: 'See the claim and its history',
    submitCorrection: 'Submit the correction',
  },
  attention: {
    returnedByRecipient: '{{name}} sent back your timesheet for {{span}}.',
    deniedByCounty: '{{county}} County denied your timesheet for {{name}}, {{span}}.',
    deniedByCountyNoName: 'The county denied your timesheet for {{name}}, {{span}}.',
    correctLink: 'Correct the timesheet for {{name}}',
  },
  submitted: {
    heading: 'Submitted: your timesheet is with {{name}}',
    correctionHeading: 'Submitted: your correction is with {{name}}',
    next: '{{name}} is asked to approve it or send it back by {{date}}. You will get a notification when they decide; nothing more to do until then.',
  },
};
