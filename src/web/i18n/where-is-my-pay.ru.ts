import type { Words } from './words';
import type { whereIsMyPayEn } from './where-is-my-pay.en';

/** Russian words of "Where is my pay" (see where-is-my-pay.en.ts). */
export const whereIsMyPayRu: Words<typeof whereIsMyPayEn> = {
  whereIsMyPay: {
    heading: 'Где моя оплата',
    dashboardHeading: 'Оплата в пути',
    forClaim: '{{name}}, {{span}}',
    headline: {
      deposit: 'Ожидается на вашем банковском счёте {{date}}',
      depositArrived: 'Поступила на ваш банковский счёт {{date}}',
      mail: 'Ваш чек ожидается по почте не позднее {{date}}',
      mailArrived: 'Ваш чек оплачен {{date}}',
      returned: 'Ваш банк вернул перевод. Штат выплатит его снова, обычно чеком по почте: следите, чтобы ваш почтовый адрес был актуальным.',
      sentBack: 'Оплата не в пути: этот табель вернули вам. Исправьте его и отправьте снова.',
    },
    stepsHeading: 'Каждый шаг',
    state: {
      done: 'Готово',
      now: 'Сейчас',
      next: 'Далее',
    },
    step: {
      recipientDone: 'Одобрен вашим получателем услуг {{date}}',
      recipientWaiting: 'Ожидает одобрения вашего получателя услуг, срок — {{date}}',
      countyDone: 'Проверен округом {{date}}',
      countyWaiting: 'На проверке в округе: решение ожидается не позднее {{date}}',
      countyNext: 'Проверка в округе, ожидается не позднее {{date}}',
      countyOnHold: 'Округ приостановил его рассмотрение.',
      countyWhy: 'Что проверяет округ:',
      approvedDone: 'Одобрен {{date}}',
      approvedNext: 'Одобрение ожидается не позднее {{date}}',
      payRunDone: 'Оплачен штатом {{date}}',
      payRunNext: 'В расчёте зарплаты за {{date}}',
      depositDone: 'Поступила на ваш банковский счёт {{date}}',
      depositNext: 'Ожидается на вашем банковском счёте {{date}}',
      mailDone: 'Чек оплачен {{date}}',
      mailSent: 'Чек отправлен по почте {{mailed}}, ожидается не позднее {{date}}',
      mailNext: 'Чек будет отправлен по почте {{mailed}}, ожидается не позднее {{date}}',
      returned: 'Ваш банк вернул перевод {{date}}',
      returnedWhy: 'Почему и что делать:',
      sentBack: 'Возвращён вам {{date}}',
    },
    late: {
      days_one: 'опоздание на {{count}} день',
      days_few: 'опоздание на {{count}} дня',
      days_many: 'опоздание на {{count}} дней',
      days: 'опоздание на {{count}} дня',
      recipient: 'Вашего получателя услуг попросили принять решение не позднее {{date}}: {{late}}.',
      countyReview: 'У штата есть 10 рабочих дней, чтобы оплатить одобренный табель; они истекли {{date}}: у проверки в округе {{late}}.',
      payRun: 'У штата есть 10 рабочих дней, чтобы оплатить одобренный табель; они истекли {{date}}: у этой выплаты {{late}}.',
      deposit: 'Этот перевод должен был поступить на ваш счёт {{date}}: {{late}}. Сначала проверьте свой счёт.',
      mail: 'Ваш чек должен был прийти не позднее {{date}}: {{late}}. Округ может аннулировать его и отправить вам новый.',
      call: 'Позвоните в службу поддержки вашего округа:',
    },
  },
};
