import type { sentBackEn } from './sent-back.en';
import type { Words } from './words';

/** Tagalog words: the same keys and {{placeholders}} as sent-back.en.ts. */
export const sentBackTl: Words<typeof sentBackEn> = {
  story: {
    heading: 'Ang katayuan nito',
    recipientApproved: 'Inaprubahan ito ni {{name}} noong {{at}}.',
    recipientReturned: 'Ibinalik ito ni {{name}} noong {{at}}.',
    countyApproved: 'Inaprubahan ito ng {{county}} County noong {{at}}.',
    countyDenied: 'Tinanggihan ito ng {{county}} County noong {{at}}.',
    countyDeniedNoName: 'Tinanggihan ito ng county noong {{at}}.',
    recipientReason: 'Ang kanyang dahilan: “{{reason}}”',
    countyNote: 'Ang tala ng county: “{{note}}”',
    reasonsHeading_one: 'Paliwanag ng county at kung ano ang babaguhin',
    reasonsHeading: 'Paliwanag ng county at kung ano ang babaguhin',
    onDay: 'Tungkol sa {{day}}',
    onWeek: 'Tungkol sa linggo ng {{span}}',
    whatToChange: 'Ano ang babaguhin:',
    next: {
      submit: 'Susunod: suriin ang mga araw, pagkatapos ay isumite ito kay {{name}}.',
      wait_recipient:
        'Susunod: aaprubahan ito ni {{name}} o ibabalik. Hinihiling sa kanyang magdesisyon hanggang {{date}}.',
      wait_recipient_noDate: 'Susunod: aaprubahan ito ni {{name}} o ibabalik.',
      wait_county: 'Susunod: susuriin ito ng county. Sasabihan ka kapag nakapagdesisyon na ito.',
      correct: 'Susunod: itama ito, pagkatapos ay piliin ang “Isumite ang pagtatama”.',
      correcting: 'Susunod: tapusin ang pagtatamang sinimulan mo, pagkatapos ay piliin ang “Isumite ang pagtatama”.',
      wait_payment: 'Susunod: gagawin ang pagbabayad. Sasabihan ka kapag nailabas na ito.',
      wait_bank: 'Susunod: darating sa iyo ang pera. Sinasabi ng “Nasaan ang aking bayad” sa ibaba ang araw na inaasahan ito.',
      paid: 'Nabayaran na ito. Wala ka nang kailangang gawin.',
      replaced: 'Pinalitan ito ng mas bagong bersyon.',
    },
    openCorrection: 'Buksan ang pagtatama',
    correcting: 'Binubuksan ang pagtatama…',
    correctionHeading: 'Bakit ito ibinalik',
    correctionIntro:
      'Ayusin ang nakasaad sa ibaba (nakalagay rin ang bawat dahilan sa tabi ng araw o linggo nito), pagkatapos ay piliin ang “Isumite ang pagtatama” sa dulo.',
    seeClaim: 'Tingnan ang claim at ang kasaysayan nito',
    submitCorrection: 'Isumite ang pagtatama',
  },
  attention: {
    returnedByRecipient: 'Ibinalik ni {{name}} ang iyong timesheet para sa {{span}}.',
    deniedByCounty: 'Tinanggihan ng {{county}} County ang iyong timesheet para kay {{name}}, {{span}}.',
    deniedByCountyNoName: 'Tinanggihan ng county ang iyong timesheet para kay {{name}}, {{span}}.',
    correctLink: 'Itama ang timesheet para kay {{name}}',
  },
  submitted: {
    heading: 'Naisumite: nasa kay {{name}} na ang iyong timesheet',
    correctionHeading: 'Naisumite: nasa kay {{name}} na ang iyong pagtatama',
    next: 'Hinihiling kay {{name}} na aprubahan ito o ibalik hanggang {{date}}. Makakatanggap ka ng abiso kapag nakapagdesisyon na siya; wala ka nang kailangang gawin hanggang doon.',
  },
};
