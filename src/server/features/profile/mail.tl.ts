import type { ProfileMail } from './mail.js';

/** Tagalog words of the profile emails: the code for a new address, and the notice to the old one. */
export const tl: ProfileMail = {
  emailChangeCode: ({ code, minutes }) => ({
    subject: `Portal ng IHSS: ang iyong code ay ${code}`,
    text: `Para magamit ang email address na ito sa iyong account sa Portal ng mga Provider ng IHSS, ilagay ang code na ito sa pahina ng iyong profile:\n\n${code}\n\nGagana ito sa loob ng ${minutes} minuto. Kung hindi mo ito hiningi, maaari mong balewalain ang email na ito.\n\nHindi kailanman hihingin ng portal ng IHSS ang iyong password sa email, text o telepono.`,
  }),
  emailChanged: ({ newAddress, phone }) => ({
    subject: 'Portal ng IHSS: napalitan ang iyong email address',
    text: `Ang email address ng iyong account sa Portal ng mga Provider ng IHSS ay pinalitan at ginawang ${newAddress}. Doon na ipapadala ang mga mensahe mula ngayon.\n\nKung hindi ikaw ang gumawa nito, tumawag agad sa help desk ng iyong county sa ${phone}.`,
  }),
};
