import type { sentBackEn } from './sent-back.en';
import type { Words } from './words';

/** Russian words: the same keys and {{placeholders}} as sent-back.en.ts. */
export const sentBackRu: Words<typeof sentBackEn> = {
  story: {
    heading: 'Что сейчас происходит',
    recipientApproved: 'Получатель услуг {{name}} одобрил табель {{at}}.',
    recipientReturned: 'Получатель услуг {{name}} вернул табель на исправление {{at}}.',
    countyApproved: 'Округ {{county}} одобрил табель {{at}}.',
    countyDenied: 'Округ {{county}} отказал в оплате {{at}}.',
    countyDeniedNoName: 'Округ отказал в оплате {{at}}.',
    recipientReason: 'Причина: «{{reason}}»',
    countyNote: 'Примечание округа: «{{note}}»',
    reasonsHeading_one: 'Причина от округа и что нужно изменить',
    reasonsHeading_few: 'Причины от округа и что нужно изменить',
    reasonsHeading_many: 'Причины от округа и что нужно изменить',
    reasonsHeading: 'Причины от округа и что нужно изменить',
    onDay: 'День: {{day}}',
    onWeek: 'Неделя: {{span}}',
    whatToChange: 'Что изменить:',
    next: {
      submit: 'Дальше: проверьте дни и отправьте табель получателю услуг {{name}}.',
      wait_recipient: 'Дальше: {{name}} одобрит табель или вернёт его на исправление. Решение нужно принять до {{date}}',
      wait_recipient_noDate: 'Дальше: {{name}} одобрит табель или вернёт его на исправление.',
      wait_county: 'Дальше: табель проверит округ. Вам сообщат о решении.',
      correct: 'Дальше: исправьте табель и нажмите «Отправить исправление».',
      correcting: 'Дальше: закончите начатое исправление и нажмите «Отправить исправление».',
      wait_payment: 'Дальше: будет выполнен платёж. Вам сообщат, когда он будет отправлен.',
      wait_bank: 'Дальше: деньги поступают к вам. В разделе «Где моя оплата» ниже указан ожидаемый день.',
      paid: 'Табель оплачен. Больше ничего делать не нужно.',
      replaced: 'Его заменила новая версия.',
    },
    openCorrection: 'Открыть исправление',
    correcting: 'Открываем исправление…',
    correctionHeading: 'Почему табель вернули',
    correctionIntro:
      'Исправьте то, что указано ниже (каждая причина также показана рядом со своим днём или неделей), затем нажмите «Отправить исправление» в конце страницы.',
    seeClaim: 'Открыть заявку и её историю',
    submitCorrection: 'Отправить исправление',
  },
  attention: {
    returnedByRecipient: 'Получатель услуг {{name}} вернул ваш табель за {{span}} на исправление.',
    deniedByCounty: 'Округ {{county}} отказал в оплате вашего табеля: {{name}}, {{span}}',
    deniedByCountyNoName: 'Округ отказал в оплате вашего табеля: {{name}}, {{span}}',
    correctLink: 'Исправить табель: {{name}}',
  },
  submitted: {
    heading: 'Отправлено: ваш табель у получателя услуг {{name}}',
    correctionHeading: 'Отправлено: ваше исправление у получателя услуг {{name}}',
    next: 'Получателя услуг {{name}} попросят до {{date}} одобрить табель или вернуть его на исправление. Когда решение будет принято, вы получите уведомление; до тех пор ничего делать не нужно.',
  },
};
