import type { Templates } from './templates.js';

const NEVER_ASK = 'Портал IHSS никогда не спрашивает ваш пароль по электронной почте, в СМС или по телефону.';

/** "15 минут", "2 минуты", "21 минуту": how long a code works, as the object of "действует". */
function forMinutes(n: number): string {
  const form = new Intl.PluralRules('ru').select(n);
  return `${n} ${form === 'one' ? 'минуту' : form === 'few' ? 'минуты' : 'минут'}`;
}

/** Russian words of the account emails: set-up and reset codes, a changed password. */
export const ru: Templates = {
  setupCode: ({ code, minutes }) => ({
    subject: `Портал IHSS: ваш код ${code}`,
    text: `Ваш код для подтверждения этого адреса электронной почты на портале для работников по уходу IHSS:\n\n${code}\n\nКод действует ${forMinutes(minutes)}. Если вы его не запрашивали, просто не обращайте внимания на это письмо.\n\n${NEVER_ASK}`,
  }),
  resetCode: ({ code, minutes }) => ({
    subject: `Портал IHSS: ваш код для смены пароля ${code}`,
    text: `Кто-то запросил смену пароля вашей учётной записи на портале для работников по уходу IHSS. Ваш код:\n\n${code}\n\nКод действует ${forMinutes(minutes)}, один раз. Если вы его не запрашивали, просто не обращайте внимания на это письмо: ваш пароль не изменился.\n\n${NEVER_ASK}`,
  }),
  passwordChanged: ({ phone }) => ({
    subject: 'Портал IHSS: ваш пароль изменён',
    text: `Пароль вашей учётной записи на портале для работников по уходу IHSS только что изменён, и из всех других сеансов выполнен выход.\n\nЕсли это сделали не вы, сразу позвоните в службу поддержки вашего округа: ${phone}.\n\n${NEVER_ASK}`,
  }),
};
