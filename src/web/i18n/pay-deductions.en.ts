/**
 * English words of the pay's way from gross to net (issue #15): each payment's deductions, net pay and year to date on
 * the Payments page, its links to the pay's other pages, and the Tax forms page. Spread into signed-in.en.ts; every
 * language has a pay-deductions.<lang>.ts with the same keys (i18n.test.ts checks them).
 */
export const payDeductionsEn = {
  payDeductions: {
    linksLabel: 'More about your pay',
    taxFormsLink: 'Tax forms',
    withholdingLink: 'Withholding',
    directDepositLink: 'Direct deposit',
    yearToDate: 'Year to date',
    deduction: 'Deduction',
    deductionsCaption: 'Deductions and net pay of payment {{number}}',
    total: 'Total deductions',
    net: 'Net pay',
    wagesSummary: 'Wages each tax was figured on',
    wagesCaption: 'Taxable wages of payment {{number}}',
    tax: 'Tax',
    kind: {
      social_security: 'Social Security',
      medicare: 'Medicare',
      sdi: 'State Disability Insurance (SDI)',
      federal_income_tax: 'Federal income tax',
      state_income_tax: 'California income tax',
      share_of_cost: 'Share of Cost (the recipient pays you)',
      health_premium: 'Health plan premium',
      union_dues: 'Union dues',
      cope: 'COPE contribution',
    },
  },
  taxForms: {
    title: 'Tax forms',
    intro: 'Your W-2 for each year and each recipient who employed you in IHSS: the wages you were paid and the taxes withheld from them. Each is ready on January 31 of the following year.',
    back: 'All payments',
    empty: 'No tax forms yet: they appear here once you have been paid.',
    heading: 'W-2 for {{year}}: {{name}}',
    caseNumber: 'Case {{caseNumber}}',
    notYet: 'Ready on {{date}}, once all of the year’s pay has been issued.',
    boxesCaption: 'The boxes of your W-2 for {{year}} from {{name}}',
    boxHead: 'Box',
    amountHead: 'Amount',
    download: 'Download W-2 (PDF)',
    downloadLabel: 'Download W-2 (PDF) for {{year}} from {{name}}',
    box: {
      wages: '1. Wages',
      federalTax: '2. Federal income tax withheld',
      socialSecurityWages: '3. Social Security wages',
      socialSecurityTax: '4. Social Security tax withheld',
      medicareWages: '5. Medicare wages',
      medicareTax: '6. Medicare tax withheld',
      sdi: '14. California SDI withheld',
      stateWages: '16. State wages',
      stateTax: '17. State income tax withheld',
    },
  },
};
