import type { devicesEn } from './devices.en';
import type { Words } from './words';

/** Armenian words of "Devices and sessions" (see devices.en.ts). */
export const devicesHy: Words<typeof devicesEn> = {
  devices: {
    heading: 'Սարքեր և սեսիաներ',
    intro: 'Որտեղ է հիմա մուտք գործված ձեր հաշիվը։ Եթե որևէ մեկը չեք ճանաչում, դուրս եկեք դրանից, ապա փոխեք ձեր գաղտնաբառը։',
    placeNote: 'Վայրը միայն ցանցի տեսակն է. պորտալը չի որոնում, թե որտեղ է գտնվում հասցեն։',
    thisDevice: 'Այս սարքը',
    phone: 'Հեռախոս',
    tablet: 'Պլանշետ',
    computer: 'Համակարգիչ',
    unknownDevice: 'Անհայտ սարք',
    browserOn: '{{browser}} ({{os}})',
    unknownBrowser: 'Անհայտ դիտարկիչ',
    placeLabel: 'Վայր',
    signedInLabel: 'Մուտք',
    lastUsedLabel: 'Վերջին օգտագործում',
    placeThisComputer: 'Այս համակարգիչը',
    placePrivate: 'Մասնավոր ցանց',
    placeInternet: 'Ինտերնետ',
    placeInternet4: 'Ինտերնետ, IPv4 {{address}}',
    placeInternet6: 'Ինտերնետ, IPv6',
    placeUnknown: 'Անհայտ',
    signOut: 'Դուրս գալ',
    signOutLabel: 'Դուրս գալ՝ {{device}}',
    confirmOne: 'Դուրս գա՞լ {{device}}-ից։ Այն օգտագործողը պետք է նորից մուտք գործի։',
    confirmOneYes: 'Այո, դուրս գալ',
    signOutOthers: 'Դուրս գալ մյուս բոլոր սեսիաներից',
    confirmOthers: 'Դուրս գա՞լ բոլոր սեսիաներից, բացի այս մեկից։ Յուրաքանչյուրում պետք կլինի նորից մուտք գործել։',
    confirmOthersYes: 'Այո, դուրս գալ մյուսներից',
    cancel: 'Չեղարկել',
    signedOutOne: '{{device}}-ից դուրս եք եկել։',
    signedOutOthers_one: '{{count}} այլ սեսիա փակվեց։',
    signedOutOthers: '{{count}} այլ սեսիա փակվեց։',
    noOthers: 'Ձեր հաշիվն այլ տեղ մուտք գործված չէ։',
  },
};
