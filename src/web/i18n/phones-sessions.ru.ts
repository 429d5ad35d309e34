import type { phonesSessionsEn } from './phones-sessions.en';
import type { Words } from './words';

/** Russian words: the same keys and {{placeholders}} as phones-sessions.en.ts. */
export const phonesSessionsRu: Words<typeof phonesSessionsEn> = {
  siteMenu: {
    open: 'Меню',
    label: 'Главное меню',
    account: 'Ваша учётная запись',
    dashboard: 'Главная страница',
    checkIn: 'Приход и уход',
    visits: 'Посещения',
    timesheets: 'Табели',
    sickLeave: 'Больничный',
    claims: 'Заявки на оплату',
    payments: 'Платежи',
    violations: 'Нарушения',
    recipients: 'Получатели услуг',
    messages: 'Сообщения',
    profile: 'Профиль',
    review: 'Табели на проверку',
    console: 'Консоль округа',
    cases: 'Получатели услуг и дела',
    enrolments: 'Регистрация работников',
    countyReview: 'Проверка табелей',
    countyMessages: 'Сообщения',
    unlock: 'Разблокировать учётную запись',
    settings: 'Настройки округа',
    countyAdmins: 'Администраторы округа',
    security: 'Вход и безопасность',
  },
  keptTaps: {
    heading_one: 'На этом телефоне ждёт отправки {{count}} отметка',
    heading_few: 'На этом телефоне ждут отправки {{count}} отметки',
    heading_many: 'На этом телефоне ждут отправки {{count}} отметок',
    heading: 'На этом телефоне ждут отправки {{count}} отметки',
    checkIn: 'Отметка прихода: {{at}}',
    checkOut: 'Отметка ухода: {{at}}',
    afterSignIn:
      'Ваш сеанс закончился до того, как отметку удалось отправить. Она сохранена на этом телефоне и будет отправлена с временем нажатия, как только вы снова войдёте.',
    onlyTheirs:
      'Отметка отправляется, только когда войдёт тот работник по уходу, который её сделал. Под чужим именем она никогда не записывается.',
    otherAccountHeading: 'На этом телефоне хранится отметка другой учётной записи',
    otherAccountText:
      'Отметка прихода или ухода, сделанная на этом телефоне другой учётной записью, ещё не отправлена. Под вашим именем она записана не будет: она остаётся на телефоне и отправится, когда тот работник по уходу снова войдёт здесь.',
  },
  approval: {
    heading: 'Одобрить эти часы?',
    intro: 'Вы одобряете часы, которые работник по уходу {{name}} отработал у вас за период {{span}}',
    day: 'День',
    hours: 'Отработано часов',
    travel: 'Проезд',
    total: 'Итого',
    totalLine: 'Итого: работа {{worked}}, проезд {{travel}}',
    noDays: 'В этом периоде часы не записаны.',
    confirm: 'Да, одобрить эти часы',
    cancel: 'Вернуться',
  },
};
