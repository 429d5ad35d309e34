import type { Templates } from './templates.js';

const NEVER_ASK = 'Hindi kailanman hihingin ng portal ng IHSS ang iyong password sa email, text o telepono.';

/** Tagalog words of the account emails: set-up and reset codes, a changed password. */
export const tl: Templates = {
  setupCode: ({ code, minutes }) => ({
    subject: `Portal ng IHSS: ang iyong code ay ${code}`,
    text: `Ang iyong code para kumpirmahin ang email address na ito sa Portal ng mga Provider ng IHSS ay:\n\n${code}\n\nGagana ito sa loob ng ${minutes} minuto. Kung hindi mo ito hiningi, maaari mong balewalain ang email na ito.\n\n${NEVER_ASK}`,
  }),
  resetCode: ({ code, minutes }) => ({
    subject: `Portal ng IHSS: ang iyong code para palitan ang password ay ${code}`,
    text: `May humiling na palitan ang password ng iyong account sa Portal ng mga Provider ng IHSS. Ang iyong code ay:\n\n${code}\n\nGagana ito sa loob ng ${minutes} minuto, nang isang beses. Kung hindi mo ito hiningi, maaari mong balewalain ang email na ito: hindi nagbago ang iyong password.\n\n${NEVER_ASK}`,
  }),
  passwordChanged: ({ phone }) => ({
    subject: 'Portal ng IHSS: napalitan ang iyong password',
    text: `Kapapalit lang ng password ng iyong account sa Portal ng mga Provider ng IHSS, at na-sign out ang lahat ng iba pang session.\n\nKung hindi ikaw ang gumawa nito, tumawag agad sa help desk ng iyong county sa ${phone}.\n\n${NEVER_ASK}`,
  }),
};
