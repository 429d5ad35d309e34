import type { Words } from './words';
import type { directDepositStaffEn } from './direct-deposit-staff.en';

/** Russian words of direct deposit in the county console (see direct-deposit-staff.en.ts). */
export const directDepositStaffRu: Words<typeof directDepositStaffEn> = {
  directDepositStaff: {
    waitingHeading: 'Ожидающие изменения прямого зачисления',
    waitingIntro: 'Изменения банковского счёта в сроке ожидания округа или на проверке в банке. Пока изменение в сроке ожидания, отмените его, если работник по уходу говорит, что не вносил его.',
    waitingEmpty: 'Ожидающих изменений прямого зачисления нет.',
    waitingCaption: 'Ожидающие изменения прямого зачисления, сначала ближайшие',
    provider: 'Работник по уходу',
    newWay: 'Новый способ оплаты',
    askedOn: 'Дата запроса',
    status: 'Состояние',
    usedFrom: 'Действует с',
    notices: 'Отправленные уведомления',
    action: 'Действие',
    holdUntil: '{{status}} до конца дня {{date}}',
    cancel: 'Отменить',
    cancelLabel: 'Отменить изменение: {{name}}',
    cancelled: 'Изменение ({{name}}) отменено; оплата работника по уходу по-прежнему идёт туда же, куда и сейчас.',
    noticeEmail: 'Письмо на {{to}}: {{status}}',
    noticeSms: 'Сообщение на {{to}}: {{status}}',
    noticeStatus: {
      pending: 'ждёт отправки',
      sent: 'отправлено',
      skipped: 'не отправлено',
    },
    accountHeading: 'Прямое зачисление',
    payGoesTo: 'Оплата идёт на',
    waitingChange: 'Ожидающее изменение',
    noChange: 'Нет',
    cancelledBy: {
      provider: 'Отменено работником по уходу',
      county: 'Отменено округом',
    },
    holdHeading: 'Срок ожидания прямого зачисления',
    holdIntro: 'Изменение банковского счёта работника по уходу ожидает столько рабочих дней до пробной записи банка (pre-note), чтобы работник по уходу или округ могли отменить изменение, которое работник не вносил. Действует для изменений, внесённых с этого момента.',
    holdLabel: 'Рабочие дни (от {{min}} до {{max}})',
    holdHint: 'Если округ не задал другое число: {{days}}.',
    holdSave: 'Сохранить срок ожидания',
    holdSaved_one: 'Сохранено: изменения, внесённые с этого момента, ожидают {{count}} рабочий день.',
    holdSaved_few: 'Сохранено: изменения, внесённые с этого момента, ожидают {{count}} рабочих дня.',
    holdSaved_many: 'Сохранено: изменения, внесённые с этого момента, ожидают {{count}} рабочих дней.',
    holdSaved: 'Сохранено: изменения, внесённые с этого момента, ожидают {{count}} рабочего дня.',
  },
};
