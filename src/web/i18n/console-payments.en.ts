/**
 * English words of payroll's Payments page (issue #5): the county's payments and the bank's acknowledgement that
 * makes them paid. Spread into en.ts; console-payments.es.ts has the same keys (i18n.test.ts checks both).
 */
export const consolePaymentsEn = {
  staffPayments: {
    title: 'Payments',
    consoleHint: 'Payments issued to your county’s providers, and the bank’s word that they were paid.',
    intro: 'A payment is issued by the pay run. It is paid when the State Controller’s Office confirms the deposit or the cashed warrant: record its acknowledgement file here.',
    totalsHeading: 'Totals',
    count: 'Payments',
    settleHeading: 'Record paid payments',
    fileLabel: 'Acknowledgement file (CSV)',
    fileHint:
      'The file from the State Controller’s Office. Its first line is payment_number,paid_on,amount; then one payment a line, for example P2026-00000012,2026-11-20,1234.56. Nothing is recorded unless every line is right.',
    record: 'Record payments as paid',
    recording: 'Recording…',
    recorded: 'File {{fileName}}. Payments recorded as paid now: {{recorded}}. Already recorded before: {{already}}.',
    demoHeading: 'Deposits (demo)',
    demoIntro: 'In demo mode only: record every issued payment of your county as paid today, as the bank’s file would.',
    demoButton: 'Record today’s deposits (demo)',
    demoNothing: 'No issued payment is waiting to be recorded as paid.',
    listHeading: 'Payments of the county',
    statusLabel: 'Status',
    anyStatus: 'Any status',
    show: 'Show payments',
    shown: 'Payments shown: {{count}} (newest first, at most 100).',
    empty: 'No payment matches.',
    tableCaption: 'Payments, newest first',
    number: 'Payment',
    provider: 'Provider',
    recipient: 'Recipient',
    period: 'Pay period',
    issued: 'Issued',
    paidOn: 'Paid on',
    gross: 'Gross',
    notYet: 'Not yet',
  },
};
