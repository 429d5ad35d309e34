import type { devicesEn } from './devices.en';
import type { Words } from './words';

/** Tagalog words of "Devices and sessions" (see devices.en.ts). */
export const devicesTl: Words<typeof devicesEn> = {
  devices: {
    heading: 'Mga device at session',
    intro: 'Kung saan naka-sign in ngayon ang iyong account. Kung may hindi ka kilala, i-sign out ito, saka palitan ang iyong password.',
    placeNote: 'Ang lugar ay uri lang ng network: hindi hinahanap ng portal kung nasaan ang isang address.',
    thisDevice: 'Ang device na ito',
    phone: 'Telepono',
    tablet: 'Tablet',
    computer: 'Computer',
    unknownDevice: 'Hindi kilalang device',
    browserOn: '{{browser}} sa {{os}}',
    unknownBrowser: 'Hindi kilalang browser',
    placeLabel: 'Lugar',
    signedInLabel: 'Nag-sign in',
    lastUsedLabel: 'Huling ginamit',
    placeThisComputer: 'Ang computer na ito',
    placePrivate: 'Pribadong network',
    placeInternet: 'Internet (pampublikong network)',
    placeInternet4: 'Internet, IPv4 {{address}} (pampubliko)',
    placeInternet6: 'Internet, IPv6 (pampubliko)',
    placeUnknown: 'Hindi alam',
    signOut: 'Mag-sign out',
    signOutLabel: 'Mag-sign out sa {{device}}',
    confirmOne: 'Mag-sign out sa {{device}}? Kailangang mag-sign in ulit ng gumagamit nito.',
    confirmOneYes: 'Oo, i-sign out ito',
    signOutOthers: 'Mag-sign out sa lahat ng ibang session',
    confirmOthers: 'Mag-sign out sa lahat ng session maliban dito? Kailangang mag-sign in ulit sa bawat isa.',
    confirmOthersYes: 'Oo, i-sign out ang iba',
    cancel: 'Kanselahin',
    signedOutOne: 'Na-sign out na ang {{device}}.',
    signedOutOthers_one: 'Na-sign out ang {{count}} pang session.',
    signedOutOthers: 'Na-sign out ang {{count}} pang session.',
    noOthers: 'Hindi naka-sign in ang iyong account saanman.',
  },
};
