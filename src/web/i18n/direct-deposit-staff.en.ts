/**
 * English words of direct deposit in the county console (issue #15): the changes waiting on the payroll page, a
 * provider's account where staff look them up, and the county's waiting period on the settings page; spread into
 * staff.en.ts. Every language has a direct-deposit-staff.<lang>.ts with the same keys.
 */
export const directDepositStaffEn = {
  directDepositStaff: {
    waitingHeading: 'Direct deposit changes waiting',
    waitingIntro: 'Changes of bank account held for the county’s waiting period, or clearing with the bank. While a change is in its waiting period, cancel it if the provider says they did not make it.',
    waitingEmpty: 'No direct deposit change is waiting.',
    waitingCaption: 'Direct deposit changes waiting, the soonest first',
    provider: 'Provider',
    newWay: 'New way of pay',
    askedOn: 'Asked on',
    status: 'Status',
    usedFrom: 'Used from',
    notices: 'Notices sent',
    action: 'Action',
    holdUntil: '{{status}} until the end of {{date}}',
    cancel: 'Cancel',
    cancelLabel: 'Cancel the change for {{name}}',
    cancelled: 'The change for {{name}} is cancelled; the provider’s pay keeps going where it goes now.',
    noticeEmail: 'Email to {{to}}: {{status}}',
    noticeSms: 'Text to {{to}}: {{status}}',
    noticeStatus: {
      pending: 'waiting to send',
      sent: 'sent',
      skipped: 'not sent',
    },
    accountHeading: 'Direct deposit',
    payGoesTo: 'Pay goes to',
    waitingChange: 'Change waiting',
    noChange: 'None',
    cancelledBy: {
      provider: 'Cancelled by the provider',
      county: 'Cancelled by the county',
    },
    holdHeading: 'Direct deposit waiting period',
    holdIntro: 'A provider’s change of bank account is held this many business days before the bank’s pre-note, so that the provider or the county can cancel a change the provider did not make. It applies to changes made from now on.',
    holdLabel: 'Business days (from {{min}} to {{max}})',
    holdHint: 'Unless the county sets another, {{days}}.',
    holdSave: 'Save waiting period',
    holdSaved_one: 'Saved: changes made from now on wait {{count}} business day.',
    holdSaved: 'Saved: changes made from now on wait {{count}} business days.',
  },
};
