import type { ProfileMail } from './mail.js';

/** "15 минут", "2 минуты", "21 минуту": how long a code works, as the object of "действует". */
function forMinutes(n: number): string {
  const form = new Intl.PluralRules('ru').select(n);
  return `${n} ${form === 'one' ? 'минуту' : form === 'few' ? 'минуты' : 'минут'}`;
}

/** Russian words of the profile emails: the code for a new address, and the notice to the old one. */
export const ru: ProfileMail = {
  emailChangeCode: ({ code, minutes }) => ({
    subject: `Портал IHSS: ваш код ${code}`,
    text: `Чтобы использовать этот адрес электронной почты для вашей учётной записи на портале для работников по уходу IHSS, введите этот код на странице профиля:\n\n${code}\n\nКод действует ${forMinutes(minutes)}. Если вы его не запрашивали, просто не обращайте внимания на это письмо.\n\nПортал IHSS никогда не спрашивает ваш пароль по электронной почте, в СМС или по телефону.`,
  }),
  emailChanged: ({ newAddress, phone }) => ({
    subject: 'Портал IHSS: ваш адрес электронной почты изменён',
    text: `Адрес электронной почты вашей учётной записи на портале для работников по уходу IHSS изменён на ${newAddress}. Теперь письма будут приходить туда.\n\nЕсли это сделали не вы, сразу позвоните в службу поддержки вашего округа: ${phone}.`,
  }),
};
