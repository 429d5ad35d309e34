/** English words of the pay stub (PDF) and the payment history (CSV). Every other language has the same shape. */
export const en = {
  title: 'IHSS pay stub',
  provider: 'Provider',
  providerId: 'Provider ID',
  recipient: 'Recipient',
  caseNumber: 'Case number',
  payPeriod: 'Pay period',
  issueDate: 'Issue date',
  paidOn: 'Paid on',
  paymentNumber: 'Payment number',
  kind: 'Pay',
  hours: 'Hours',
  amount: 'Amount',
  regular: 'Regular',
  overtime: 'Overtime (1.5x)',
  travel: 'Travel time',
  sick: 'Sick leave',
  gross: 'Gross pay',
  rate: 'Hourly rate',
  ytd: 'Year to date',
  note: 'Gross pay before taxes and deductions. Questions about this payment: call your county IHSS office.',
  to: 'to',
  returnedOn: 'Returned by your bank on {{date}}',
  returnedWhy: 'Why:',
  returnedWhatToDo: 'What to do:',
  csv: ['Payment number', 'Issue date', 'Pay period start', 'Pay period end', 'Case number', 'Recipient', 'Regular hours', 'Overtime hours', 'Travel hours', 'Sick leave hours', 'Hourly rate', 'Regular pay', 'Overtime pay', 'Travel pay', 'Sick leave pay', 'Gross pay', 'Status', 'Paid on', 'Returned on', 'Return reason'],
  status: { issued: 'Issued', paid: 'Paid', returned: 'Returned' },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : Shape<T[K]> };

/** The words one language writes on the stub and in the CSV's header row. */
export type DocumentWords = Shape<typeof en>;
