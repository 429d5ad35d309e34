import type { NoticeFacts, NoticeWords } from './notice.js';

const what = (f: NoticeFacts) =>
  f.method === 'warrant' ? 'ipadala sa inyo sa koreo bilang papel na tseke' : `ipasok sa ${f.accountType === 'savings' ? 'savings' : 'checking'} account na nagtatapos sa ${f.last4}`;

/** Mga salitang Tagalog ng abiso ng pagbabago kung saan napupunta ang bayad (tingnan ang notice.ts). */
export const tl: NoticeWords = {
  email: (f) => ({
    subject: f.method === 'warrant' ? 'IHSS: magiging papel na tseke ang inyong bayad' : `IHSS: lilipat ang inyong bayad sa account na nagtatapos sa ${f.last4}`,
    text: [
      `Noong ${f.requestedOn}, may nag-sign in sa inyong IHSS provider account at humiling na ang inyong bayad ay ${what(f)}.`,
      `Gagamitin ang pagbabagong ito simula sa pay run ng ${f.liveFrom}. Hanggang doon, napupunta ang inyong bayad kung saan ito napupunta ngayon.`,
      `Kung kayo ang gumawa ng pagbabagong ito, wala kayong kailangang gawin. Para kanselahin ito, mag-sign in sa IHSS provider portal at buksan ang Mga bayad, saka ang Direct deposit, bago matapos ang ${f.holdEndsOn}.`,
      `Kung hindi kayo ang gumawa ng pagbabagong ito, tawagan agad ang inyong county sa ${f.helpPhone}: maaari itong kanselahin ng county hanggang matapos ang ${f.holdEndsOn}. Pagkatapos, palitan ang inyong password.`,
      'Hindi kailanman hihingin ng IHSS portal ang inyong password o ang detalye ng inyong bangko sa email, text o telepono.',
    ].join('\n\n'),
  }),
  sms: (f) =>
    `IHSS: lilipat ang inyong bayad ${f.method === 'warrant' ? 'sa papel na tseke' : `sa account na nagtatapos sa ${f.last4}`} simula ${f.liveFrom}. Hindi kayo? Tawagan agad ang county: ${f.helpPhone}. Para kanselahin, mag-sign in: Mga bayad, Direct deposit, hanggang ${f.holdEndsOn}.`,
};
