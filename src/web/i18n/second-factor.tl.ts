import type { secondFactorEn } from './second-factor.en';
import type { Words } from './words';

/** Mga salita sa Tagalog ng ikalawang hakbang ng pag-sign in at ng pag-sign in gamit ang passkey: parehong mga key ng second-factor.en.ts. */
export const secondFactorTl: Words<typeof secondFactorEn> = {
  passkeySignIn: {
    or: 'O kaya, nang walang ID o password',
    button: 'Mag-sign in gamit ang passkey',
    busy: 'Hinihintay ang iyong passkey…',
    hint: 'Gamitin ang mukha, fingerprint, PIN o security key na na-set up mo para sa portal na ito.',
  },
  secondFactor: {
    title: 'Tapusin ang pag-sign in',
    intro: 'Tama ang iyong password. Para maprotektahan ang iyong account, patunayan na ikaw ito sa isa pang paraan.',
    otherWays: 'Gumamit ng ibang paraan',
    cancel: 'Kanselahin',
    submit: 'Magpatuloy',
    submitting: 'Sinusuri…',
    codeLabel: '6-digit na code',
    chooseTotp: 'Gamitin ang code mula sa iyong authenticator app',
    chooseSms: 'Kumuha ng code sa text message',
    choosePasskey: 'Gamitin ang iyong passkey',
    chooseRecovery: 'Gumamit ng recovery code',
    totpHeading: 'Ilagay ang code mula sa iyong authenticator app',
    totpHint: 'Buksan ang authenticator app sa iyong telepono at ilagay ang 6 na numerong ipinapakita nito para sa Portal ng mga Provider ng IHSS.',
    smsHeading: 'Kumuha ng code sa text message',
    smsWeak: 'Ang text message ang pinakamahinang paraan ng pag-sign in. Gumamit ng passkey o authenticator app kung kaya mo.',
    sendTo: 'Magpadala ng code sa {{phone}}',
    sendToPhone: 'Magpadala ng code sa iyong telepono',
    sentTo: 'Nagpadala kami ng code sa {{phone}}.',
    smsHint: 'Nasa text message mula sa Portal ng mga Provider ng IHSS ang code.',
    sendAgain: 'Magpadala ng bagong code',
    sending: 'Ipinapadala…',
    passkeyHeading: 'Gamitin ang iyong passkey',
    passkeyText: 'Gamitin ang mukha, fingerprint, PIN o security key na na-set up mo para sa account na ito.',
    passkeyButton: 'Gamitin ang iyong passkey',
    recoveryHeading: 'Gumamit ng recovery code',
    recoveryText: 'Isang beses lang gumagana ang bawat recovery code. Pagkatapos mag-sign in, puwede kang gumawa ng mga bagong code sa pahinang “Pag-sign in at seguridad”.',
    recoveryLabel: 'Ang iyong recovery code',
    recoveryHint: '10 titik at numero, gaya ng 7KQM2-X9D4P. Puwede ang mga gitling at espasyo.',
    passkeyCancelled: 'Hindi nagamit ang passkey: kinansela o natagalan ang kahilingan. Subukan muli, o pumili ng ibang paraan.',
    passkeyFailed: 'Hindi nagamit ng browser na ito ang passkey. Pumili ng ibang paraan ng pag-sign in.',
  },
};
