import { browserWords, day, denialWords, deviceWords, factorChange, forWhom, ordinalOf, placeWords, reasonText, remainingOf, returnWords, s, sentence, type DeviceWords, type FactorChangeWords, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

/** " за период с 1 марта 2026 г. по 15 марта 2026 г.": dates in words take the genitive after "с" and "по" as written. */
const period = (d: Record<string, unknown>) =>
  d.payPeriodStart && d.payPeriodEnd ? ` за период с ${day(d.payPeriodStart, 'ru')} по ${day(d.payPeriodEnd, 'ru')}` : '';
/** Who denied it: the reader's county by name when known ("округ Los Angeles"; county names stay as the state writes them). */
const countyOf = (i: TemplateInput) => (i.countyName ? `округ ${i.countyName}` : 'округ');
/** "в офис IHSS округа Los Angeles", or of "вашего округа" when the county is not known. */
const officeOf = (name: unknown) => (name ? `округа ${s(name)}` : 'вашего округа');

/** Ends a sentence once: a date in words already ends with the full stop of "г.". */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** Russian notifications: the words of every email, text message and in-app notice. */
// The security notices of issue #14: second factors, recovery codes and new devices.
const NOT_YOU = 'Если это сделали не вы, смените пароль и сразу позвоните в службу поддержки вашего округа.';
const smsNotYou = (phone: string) => `Это не вы? Позвоните в службу поддержки вашего округа: ${phone}.`;
const FACTORS: FactorChangeWords = {
  titles: { added: 'Добавлен второй способ входа', removed: 'Удалён второй способ входа', newRecoveryCodes: 'Созданы новые коды восстановления', changed: 'Ваши вторые способы входа изменены' },
  added: {
    passkey: 'К вашей учётной записи на портале для работников по уходу IHSS добавлен ключ доступа (passkey).',
    totp: 'Для вашей учётной записи на портале для работников по уходу IHSS настроено приложение-аутентификатор.',
    sms: 'Для вашей учётной записи на портале для работников по уходу IHSS включены коды по СМС на ваш телефон.',
    recovery_codes: 'Для вашей учётной записи на портале для работников по уходу IHSS создан новый набор кодов восстановления; старые коды больше не действуют.',
  },
  removed: {
    passkey: 'Из вашей учётной записи на портале для работников по уходу IHSS удалён ключ доступа (passkey).',
    totp: 'Из вашей учётной записи на портале для работников по уходу IHSS удалено приложение-аутентификатор.',
    sms: 'Для вашей учётной записи на портале для работников по уходу IHSS отключены коды по СМС.',
    recovery_codes: 'Коды восстановления вашей учётной записи на портале для работников по уходу IHSS удалены.',
  },
  changed: 'Вторые способы входа вашей учётной записи на портале для работников по уходу IHSS изменены.',
};
const DEVICE: DeviceWords = {
  devices: { phone: 'Телефон', tablet: 'Планшет', computer: 'Компьютер' },
  unknownBrowser: 'Неизвестный браузер',
  browserOn: (browser, os) => `${browser} на ${os}`,
  separator: ', ',
  places: {
    this_computer: 'Компьютер самого портала',
    private: 'Частная сеть',
    internet: 'Интернет',
    unknown: 'Неизвестно',
    internet4: (address) => `Интернет, IPv4 ${address}`,
    internet6: 'Интернет, IPv6',
  },
};
/** Russian counts take three forms: 1 код, 2-4 кода, 5-20 кодов. */
const CODES: Record<string, (n: number) => string> = {
  one: (n) => ` Остался ${n} код восстановления.`,
  few: (n) => ` Осталось ${n} кода восстановления.`,
  many: (n) => ` Осталось ${n} кодов восстановления.`,
};
const codesLeft = (n: number | null) =>
  n === null ? '' : n === 0 ? ' Кодов восстановления больше не осталось: создайте новый набор на портале.' : (CODES[new Intl.PluralRules('ru').select(n)] ?? CODES.many!)(n);

export const ru: NotificationWords = {
  subjectPrefix: 'Портал IHSS',
  seeDetails: 'Подробности на портале IHSS.',
  closing: (i) =>
    `Войдите на портал для работников по уходу IHSS, чтобы узнать подробности. Есть вопросы? Позвоните в IHSS ${officeOf(i.countyName)}: ${i.helpPhone}.\n\nПортал IHSS никогда не спрашивает ваш пароль по электронной почте, в СМС или по телефону и никогда не присылает ссылку, по которой можно войти без пароля.`,
  table: {
    timesheet_approved: ({ data }) => ({
      title: 'Табель одобрен',
      text: `Ваш табель${period(data)}${forWhom(data)} одобрен.`,
    }),
    timesheet_rejected: (i) => {
      const { data } = i;
      if (data.by === 'county') {
        const county = countyOf(i);
        return {
          title: `${sentence(county)} отказал в оплате вашего табеля`,
          text: `${sentence(county)} отказал в оплате вашего табеля${period(data)}${forWhom(data)}. Причины и что нужно изменить:\n${denialWords(data, 'ru')}${data.reason ? `\nПримечание округа: «${s(data.reason)}»` : ''}\nОткройте на портале раздел «Требует вашего внимания»: ссылка там откроет исправление. Измените то, что указано в причинах, и нажмите «Отправить исправление».`,
          sms: `IHSS: ${county} отказал в оплате табеля${forWhom(data)}. Причины и исправление на портале IHSS.`,
        };
      }
      const who = data.recipientName ? `Получатель услуг ${s(data.recipientName)}` : 'Получатель услуг';
      return {
        title: `${who} вернул ваш табель на исправление`,
        text: `${who} вернул ваш табель${period(data)} на исправление${data.reason ? `. Причина: «${s(data.reason)}»` : ''}.\nОткройте на портале раздел «Требует вашего внимания»: ссылка там откроет исправление. Исправьте то, что указано, и нажмите «Отправить исправление».`,
        sms: `IHSS: ${who} вернул ваш табель на исправление. Причина и исправление на портале IHSS.`,
      };
    },
    payment_issued: ({ data }) => ({
      title: 'Платёж отправлен',
      text: `${stop(`Платёж${data.amount ? ` на сумму ${s(data.amount)}` : ''}${period(data)} отправлен${data.payDate ? ` ${day(data.payDate, 'ru')}` : ''}`)} Расчётный листок — на портале.` + (data.shareOfCost && data.recipientName ? ` Получите ${s(data.shareOfCost)} у получателя услуг ${s(data.recipientName)}: это его доля расходов (Share of Cost), удержанная из этого платежа.` : ''),
    }),
    payment_paid: ({ data }) => ({
      title: 'Платёж зачислен',
      text: `${stop(`По данным Управления контролёра штата (State Controller's Office), платёж ${s(data.paymentNumber)}${data.amount ? ` на сумму ${s(data.amount)}` : ''}${period(data)} зачислен${data.paidOn ? ` ${day(data.paidOn, 'ru')}` : ''}`)} Если деньги до вас не дошли, позвоните в офис IHSS вашего округа.`,
    }),
    payment_returned: ({ data }) => ({
      title: 'Ваш банк вернул платёж',
      text: `${data.returnedOn ? `${day(data.returnedOn, 'ru')} ваш` : 'Ваш'} банк вернул платёж ${s(data.paymentNumber)}${data.amount ? ` на сумму ${s(data.amount)}` : ''}${period(data)}: деньги не поступили на ваш счёт. ${returnWords(data, 'ru')}`,
      sms: `IHSS: банк вернул платёж ${s(data.paymentNumber)}${data.amount ? ` на сумму ${s(data.amount)}` : ''}. ${reasonText(data, 'ru')}Что делать — на портале IHSS.`,
    }),
    recipient_no_action: ({ data }) => ({
      title: 'Получатель услуг не проверил ваш табель',
      text: `Ваш табель${period(data)}${forWhom(data)} отправлен 2 дня назад, а получатель услуг ещё не одобрил и не отклонил его. Возможно, стоит ему напомнить.`,
    }),
    violation_recorded: ({ data }) => ({
      title: 'Записано нарушение',
      text: `${stop(`Округ записал нарушение${ordinalOf(data, 'ru') ? ` № ${ordinalOf(data, 'ru')}` : ''}${data.month ? ` за ${monthInWords('ru', s(data.month))}` : ''}`)} Отработанные сверхурочные всё равно оплачиваются. Вы можете оспорить нарушение в течение 10 дней.`,
    }),
    new_message: ({ data }) => ({
      title: `Новое сообщение: ${s(data.subject, 'от вашего округа')}`,
      text: `У вас новое сообщение от IHSS ${officeOf(data.countyName)}: «${s(data.subject)}».${data.requiresAck ? ' Пожалуйста, прочитайте его и подтвердите прочтение.' : ''}`,
      sms: `IHSS: новое сообщение от ${data.countyName ? `округа ${s(data.countyName)}` : 'вашего округа'}: «${s(data.subject)}». Прочитайте его на портале IHSS.`,
    }),
    pay_period_ending: ({ data }) => ({
      title: 'Период оплаты заканчивается',
      text: `Период оплаты заканчивается ${data.payPeriodEnd ? day(data.payPeriodEnd, 'ru') : 'скоро'}, а табель${forWhom(data)} ещё не отправлен. Отправьте его, чтобы оплата не задержалась.`,
    }),
    password_changed: () => ({
      title: 'Ваш пароль изменён',
      text: 'Пароль вашей учётной записи на портале для работников по уходу IHSS только что изменён, и из других сеансов выполнен выход. Если это сделали не вы, сразу позвоните в службу поддержки вашего округа.',
    }),
    contact_changed: ({ data }) => ({
      title: 'Ваши контактные данные изменены',
      text: `${data.what === 'phone' ? 'Номер телефона' : data.what === 'address' ? 'Почтовый адрес' : 'Адрес электронной почты'} вашей учётной записи на портале для работников по уходу IHSS изменён. Если это сделали не вы, сразу позвоните в службу поддержки вашего округа.`,
    }),
    account_created: ({ data }) =>
      data.kind === 'recipient'
        ? {
            title: 'Ваша учётная запись на портале IHSS',
            text: `${data.countyName ? `Округ ${s(data.countyName)}` : 'Ваш округ'} создал учётную запись на портале IHSS для вашего дела. Для входа используется номер дела: ${s(data.loginId)}. Чтобы задать пароль, откройте страницу входа на портале, выберите «Получатель услуг», затем «Забыли пароль?» и введите номер дела: на этот адрес придёт код.`,
          }
        : data.kind === 'setup'
        ? {
            title: 'Ваша учётная запись на портале IHSS создана',
            text: `Ваша учётная запись на портале для работников по уходу IHSS (номер работника по уходу ${s(data.loginId)}) только что создана с этим адресом электронной почты. Если это сделали не вы, сразу позвоните в службу поддержки вашего округа.`,
          }
        : {
            title: 'Ваша учётная запись на портале IHSS',
            text: `Для вас создана учётная запись сотрудника на портале для работников по уходу IHSS${data.countyName ? `, округ ${s(data.countyName)}` : ''}. Ваше имя пользователя: ${s(data.loginId)}. Чтобы задать пароль, откройте страницу входа на портале, выберите «Сотрудник округа», затем «Забыли пароль?» и введите имя пользователя: на этот адрес придёт код.`,
          },
    second_factor_changed: ({ data, helpPhone }) => {
      const { title, what } = factorChange(FACTORS, data);
      return { title, text: `${what} ${NOT_YOU}`, sms: `IHSS: ${title}. ${smsNotYou(helpPhone)}` };
    },
    recovery_code_used: ({ data, helpPhone }) => ({
      title: 'Использован код восстановления',
      text: `Для входа в вашу учётную запись на портале для работников по уходу IHSS только что использован код восстановления.${codesLeft(remainingOf(data))} ${NOT_YOU}`,
      sms: `IHSS: для входа в вашу учётную запись использован код восстановления. ${smsNotYou(helpPhone)}`,
    }),
    second_factor_reset: ({ helpPhone }) => ({
      title: 'Ваши вторые способы входа сброшены',
      text: 'По вашей просьбе, после того как вы подтвердили свою личность, округ удалил вторые способы входа (ключи доступа, приложение-аутентификатор, коды по СМС и коды восстановления) из вашей учётной записи на портале для работников по уходу IHSS. При следующем входе вы сможете настроить новый. Если вы об этом не просили, сразу позвоните в службу поддержки вашего округа.',
      sms: `IHSS: округ сбросил вторые способы входа в вашу учётную запись. Если вы об этом не просили, позвоните в службу поддержки вашего округа: ${helpPhone}.`,
    }),
    new_device_sign_in: ({ data, helpPhone }) => ({
      title: 'Вход с нового устройства',
      text: `В вашу учётную запись на портале для работников по уходу IHSS только что вошли с устройства, которое раньше не встречалось.\nУстройство: ${deviceWords(DEVICE, data)}\nСеть: ${placeWords(DEVICE, data)}\nЕсли это были вы, ничего делать не нужно. Если нет, сразу смените пароль и позвоните в службу поддержки вашего округа.`,
      sms: `IHSS: вход в вашу учётную запись с нового устройства (${browserWords(DEVICE, data)}). Это не вы? Смените пароль и позвоните в службу поддержки вашего округа: ${helpPhone}.`,
    }),
    withholding_changed: ({ data, helpPhone }) => ({
      title: 'Изменено удержание налогов из вашей оплаты',
      text: `На портале для работников по уходу IHSS изменён ваш выбор удержания ${data.tax === 'state' ? 'подоходного налога Калифорнии (DE 4)' : 'федерального подоходного налога (W-4)'}.${data.effectiveFrom ? ` Он применяется к выплатам начиная с ${day(data.effectiveFrom, 'ru')}.` : ''} Если это были не вы, сразу смените пароль и позвоните в службу поддержки вашего округа.`,
      sms: `IHSS: изменено удержание ${data.tax === 'state' ? 'налога Калифорнии' : 'федерального налога'} из вашей оплаты. Это не вы? Позвоните в службу поддержки вашего округа: ${helpPhone}.`,
    }),
  },
};
