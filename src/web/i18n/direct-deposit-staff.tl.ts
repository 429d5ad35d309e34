import type { Words } from './words';
import type { directDepositStaffEn } from './direct-deposit-staff.en';

/** Tagalog words of direct deposit in the county console (see direct-deposit-staff.en.ts). */
export const directDepositStaffTl: Words<typeof directDepositStaffEn> = {
  directDepositStaff: {
    waitingHeading: 'Mga pagbabago sa direct deposit na naghihintay',
    waitingIntro: 'Mga pagbabago ng bank account na nasa panahon ng paghihintay ng county, o sinusuri ng bangko. Habang nasa panahon ng paghihintay ang pagbabago, kanselahin ito kung sinabi ng provider na hindi siya ang gumawa nito.',
    waitingEmpty: 'Walang pagbabago sa direct deposit na naghihintay.',
    waitingCaption: 'Mga pagbabago sa direct deposit na naghihintay, ang pinakamalapit muna',
    provider: 'Provider',
    newWay: 'Bagong paraan ng bayad',
    askedOn: 'Hiniling noong',
    status: 'Katayuan',
    usedFrom: 'Ginagamit simula',
    notices: 'Mga abisong ipinadala',
    action: 'Gagawin',
    holdUntil: '{{status}} hanggang matapos ang {{date}}',
    cancel: 'Kanselahin',
    cancelLabel: 'Kanselahin ang pagbabago ni {{name}}',
    cancelled: 'Kinansela na ang pagbabago ni {{name}}; patuloy na napupunta ang bayad ng provider kung saan ito napupunta ngayon.',
    noticeEmail: 'Email sa {{to}}: {{status}}',
    noticeSms: 'Text sa {{to}}: {{status}}',
    noticeStatus: {
      pending: 'naghihintay maipadala',
      sent: 'naipadala',
      skipped: 'hindi naipadala',
    },
    accountHeading: 'Direct deposit',
    payGoesTo: 'Napupunta ang bayad sa',
    waitingChange: 'Pagbabagong naghihintay',
    noChange: 'Wala',
    cancelledBy: {
      provider: 'Kinansela ng provider',
      county: 'Kinansela ng county',
    },
    holdHeading: 'Panahon ng paghihintay ng direct deposit',
    holdIntro: 'Naghihintay nang ganito karaming araw ng trabaho ang pagbabago ng bank account ng isang provider bago ang pre-note ng bangko, para makansela ng provider o ng county ang pagbabagong hindi ginawa ng provider. Para ito sa mga pagbabagong gagawin mula ngayon.',
    holdLabel: 'Mga araw ng trabaho (mula {{min}} hanggang {{max}})',
    holdHint: 'Kung walang ibang itinakda ang county, {{days}}.',
    holdSave: 'I-save ang panahon ng paghihintay',
    holdSaved_one: 'Na-save: maghihintay nang {{count}} araw ng trabaho ang mga pagbabagong gagawin mula ngayon.',
    holdSaved: 'Na-save: maghihintay nang {{count}} araw ng trabaho ang mga pagbabagong gagawin mula ngayon.',
  },
};
