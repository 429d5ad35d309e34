import type { Words } from './words';
import type { recordsEn } from './records.en';

/** Tagalog words of 'Download my records' (see records.en.ts). */
export const recordsTl: Words<typeof recordsEn> = {
  records: {
    heading: 'Ang iyong mga rekord',
    intro: 'Magtabi ng sarili mong kopya ng iyong mga pag-sign in, pag-check in at pag-check out, mga timesheet kasama ang bawat desisyon sa mga ito, mga mensahe sa county, at mga bayad. Dumarating ang mga ito bilang isang ZIP file ng mga spreadsheet (CSV) na file, may kasamang README na nagsasabi kung ano ang laman ng bawat file.',
    privacy: 'Ang sarili mo lang na mga rekord ang nasa mga file, hindi kailanman ang impormasyong pangkalusugan ng ibang tao. Itago ang mga ito sa ligtas na lugar.',
    download: 'I-download ang aking mga rekord',
    preparing: 'Inihahanda ang iyong mga rekord…',
  },
};
