import type { Words } from './words';
import type { whereIsMyPayEn } from './where-is-my-pay.en';

/** Filipino words of "Where is my pay" (see where-is-my-pay.en.ts). */
export const whereIsMyPayTl: Words<typeof whereIsMyPayEn> = {
  whereIsMyPay: {
    heading: 'Nasaan ang aking bayad',
    dashboardHeading: 'Mga bayad na paparating',
    forClaim: '{{name}}, {{span}}',
    headline: {
      deposit: 'Inaasahang papasok sa iyong bangko sa {{date}}',
      depositArrived: 'Pumasok sa iyong bangko noong {{date}}',
      mail: 'Inaasahang darating sa koreo ang iyong tseke bago o sa {{date}}',
      mailArrived: 'Nabayaran ang iyong tseke noong {{date}}',
      returned: 'Ibinalik ng iyong bangko ang deposito. Babayaran ito muli ng Estado, kadalasan sa pamamagitan ng tsekeng ipinapadala sa koreo: panatilihing napapanahon ang iyong mailing address.',
      sentBack: 'Walang bayad na paparating: ibinalik sa iyo ang timesheet na ito. Itama ito at isumite muli.',
    },
    stepsHeading: 'Bawat hakbang',
    state: {
      done: 'Tapos na',
      now: 'Ngayon',
      next: 'Susunod',
    },
    step: {
      recipientDone: 'Inaprubahan ng iyong recipient noong {{date}}',
      recipientWaiting: 'Hinihintay ang pag-apruba ng iyong recipient, hanggang {{date}}',
      countyDone: 'Sinuri ng county noong {{date}}',
      countyWaiting: 'Sinusuri ng county: inaasahan ang desisyon bago o sa {{date}}',
      countyNext: 'Pagsusuri ng county, inaasahan bago o sa {{date}}',
      countyOnHold: 'Ipinahinto muna ito ng county.',
      countyWhy: 'Ang sinusuri ng county:',
      approvedDone: 'Inaprubahan noong {{date}}',
      approvedNext: 'Inaasahang maaaprubahan bago o sa {{date}}',
      payRunDone: 'Binayaran ng Estado noong {{date}}',
      payRunNext: 'Kasama sa pay run ng {{date}}',
      depositDone: 'Pumasok sa iyong bangko noong {{date}}',
      depositNext: 'Inaasahang papasok sa iyong bangko sa {{date}}',
      mailDone: 'Nabayaran ang tseke noong {{date}}',
      mailSent: 'Ipinadala sa koreo ang tseke noong {{mailed}}, inaasahang darating bago o sa {{date}}',
      mailNext: 'Ipapadala sa koreo ang tseke sa {{mailed}}, inaasahang darating bago o sa {{date}}',
      returned: 'Ibinalik ng iyong bangko ang deposito noong {{date}}',
      returnedWhy: 'Bakit, at ano ang gagawin:',
      sentBack: 'Ibinalik sa iyo noong {{date}}',
    },
    late: {
      days_one: 'huli nang {{count}} araw',
      days: 'huli nang {{count}} araw',
      recipient: 'Hiniling sa iyong recipient na magpasya hanggang {{date}}: {{late}}.',
      countyReview: 'May 10 araw ng trabaho ang Estado para bayaran ang inaprubahang timesheet; natapos ang mga ito noong {{date}}: ang pagsusuri ng county ay {{late}}.',
      payRun: 'May 10 araw ng trabaho ang Estado para bayaran ang inaprubahang timesheet; natapos ang mga ito noong {{date}}: ang bayad na ito ay {{late}}.',
      deposit: 'Dapat ay nasa iyong bangko na ang depositong ito noong {{date}}: {{late}}. Tingnan muna ang iyong account.',
      mail: 'Dapat ay dumating ang iyong tseke bago o sa {{date}}: {{late}}. Maaari itong ipahinto ng county at padalhan ka ng bago.',
      call: 'Tawagan ang help desk ng iyong county:',
    },
  },
};
