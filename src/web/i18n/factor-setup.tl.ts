import type { factorSetupEn } from './factor-setup.en';
import type { Words } from './words';

/** Mga salita sa Tagalog ng kinakailangan at iniimbitahang pangalawang paraan ng pag-sign in: parehong mga key ng factor-setup.en.ts. */
export const factorSetupTl: Words<typeof factorSetupEn> = {
  factorGate: {
    title: 'Mag-set up ng pangalawang paraan ng pag-sign in',
    whyStaff: 'Kailangang gumamit ng pangalawang paraan ng pag-sign in ang mga staff ng county at ng estado, dahil nabubuksan ng account ng staff ang mga rekord ng maraming tao.',
    whyCounty: 'Hinihingi ng {{county}} County ang pangalawang paraan ng pag-sign in para sa bawat account.',
    whyNoCounty: 'Hinihingi ng iyong county ang pangalawang paraan ng pag-sign in para sa bawat account.',
    how: 'Pagkatapos ng iyong password, gagamit ka rin ng passkey, code mula sa authenticator app, o code na ipinadala sa text. Hindi pa rin mabubuksan ang iyong account ng sinumang makaalam ng iyong password.',
    then: 'Kapag nakapagdagdag ka ng isa, magbubukas ang portal gaya ng dati.',
    addHeading: 'Magdagdag ng isa ngayon',
  },
  factorInvite: {
    heading: 'Protektahan ang iyong account gamit ang pangalawang paraan ng pag-sign in',
    text: 'Sa passkey o authenticator app, hindi mabubuksan ang iyong account ng sinumang makaalam ng iyong password.',
    setUp: 'I-set up ngayon',
    notNow: 'Hindi muna',
  },
};
