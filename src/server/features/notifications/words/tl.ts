import { browserWords, day, denialWords, deviceWords, factorChange, forWhom, ordinalOf, placeWords, reasonText, remainingOf, returnWords, s, type DeviceWords, type FactorChangeWords, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

const period = (d: Record<string, unknown>) => (d.payPeriodStart && d.payPeriodEnd ? ` para sa ${day(d.payPeriodStart, 'tl')} hanggang ${day(d.payPeriodEnd, 'tl')}` : '');
/** Who denied it: the reader's county by name when known ("ng" marks the one who did it). */
const countyOf = (i: TemplateInput) => (i.countyName ? `${i.countyName} County` : 'county');
/** The county's IHSS office by name when known. */
const countyIhss = (name: unknown) => (name ? `IHSS ng ${s(name)} County` : 'IHSS ng iyong county');
/** The amount after a payment's number, when known. */
const worth = (d: Record<string, unknown>) => (d.amount ? ` na ${s(d.amount)}` : '');

/** Tagalog notifications: the words of every email, text message and in-app notice. */
// The security notices of issue #14: second factors, recovery codes and new devices.
const NOT_YOU = 'Kung hindi ikaw ang gumawa nito, palitan ang iyong password at tumawag agad sa help desk ng iyong county.';
const smsNotYou = (phone: string) => `Hindi ikaw? Tumawag sa help desk ng iyong county sa ${phone}.`;
const FACTORS: FactorChangeWords = {
  titles: {
    added: 'May idinagdag na pangalawang paraan ng pag-sign in',
    removed: 'May inalis na pangalawang paraan ng pag-sign in',
    newRecoveryCodes: 'Gumawa ng mga bagong recovery code',
    changed: 'Nagbago ang iyong mga pangalawang paraan ng pag-sign in',
  },
  added: {
    passkey: 'May idinagdag na passkey sa iyong account sa Portal ng mga Provider ng IHSS.',
    totp: 'May na-set up na authenticator app para sa iyong account sa Portal ng mga Provider ng IHSS.',
    sms: 'Na-set up ang mga code sa text message sa iyong telepono para sa iyong account sa Portal ng mga Provider ng IHSS.',
    recovery_codes: 'Gumawa ng bagong set ng mga recovery code para sa iyong account sa Portal ng mga Provider ng IHSS; hindi na gagana ang mga luma.',
  },
  removed: {
    passkey: 'May inalis na passkey sa iyong account sa Portal ng mga Provider ng IHSS.',
    totp: 'Inalis ang authenticator app sa iyong account sa Portal ng mga Provider ng IHSS.',
    sms: 'Pinatay ang mga code sa text message para sa iyong account sa Portal ng mga Provider ng IHSS.',
    recovery_codes: 'Inalis ang mga recovery code ng iyong account sa Portal ng mga Provider ng IHSS.',
  },
  changed: 'Nagbago ang mga pangalawang paraan ng pag-sign in ng iyong account sa Portal ng mga Provider ng IHSS.',
};
const DEVICE: DeviceWords = {
  devices: { phone: 'Telepono', tablet: 'Tablet', computer: 'Computer' },
  unknownBrowser: 'Hindi kilalang browser',
  browserOn: (browser, os) => `${browser} sa ${os}`,
  separator: ', ',
  places: {
    this_computer: 'Ang mismong computer ng portal',
    private: 'Pribadong network',
    internet: 'Internet',
    unknown: 'Hindi alam',
    internet4: (address) => `Internet, IPv4 ${address}`,
    internet6: 'Internet, IPv6',
  },
};
const codesLeft = (n: number | null) =>
  n === null ? '' : n === 0 ? ' Wala ka nang natitirang recovery code: gumawa ng bagong set sa portal.' : ` May ${n} recovery code na natitira.`;

export const tl: NotificationWords = {
  subjectPrefix: 'Portal ng IHSS',
  seeDetails: 'Tingnan ang detalye sa portal ng IHSS.',
  closing: (i) =>
    `Mag-sign in sa Portal ng mga Provider ng IHSS para makita ang detalye. May tanong? Tumawag sa ${countyIhss(i.countyName)} sa ${i.helpPhone}.\n\nHindi kailanman hihingin ng portal ng IHSS ang iyong password sa email, text o telepono, at hindi ito kailanman nagpapadala ng link na magsa-sign in sa iyo.`,
  table: {
    timesheet_approved: ({ data }) => ({
      title: 'Inaprubahan ang timesheet',
      text: `Inaprubahan ang iyong timesheet${period(data)}${forWhom(data)}.`,
    }),
    timesheet_rejected: (i) => {
      const { data } = i;
      if (data.by === 'county') {
        const county = countyOf(i);
        return {
          title: `Tinanggihan ng ${county} ang iyong timesheet`,
          text: `Tinanggihan ng ${county} ang iyong timesheet${period(data)}${forWhom(data)}. Ang mga dahilan nito, at kung ano ang babaguhin:\n${denialWords(data, 'tl')}${data.reason ? `\nAng tala ng county: "${s(data.reason)}"` : ''}\nBuksan ang "Kailangan ng iyong pansin" sa portal: bubuksan ng link nito ang pagtatama. Baguhin ang sinasabi ng mga dahilan, pagkatapos ay piliin ang "Isumite ang pagtatama".`,
          sms: `IHSS: Tinanggihan ng ${county} ang iyong timesheet${forWhom(data)}. Tingnan kung bakit at itama ito sa portal ng IHSS.`,
        };
      }
      const who = data.recipientName ? s(data.recipientName) : 'iyong tatanggap';
      const by = data.recipientName ? `ni ${who}` : `ng ${who}`;
      return {
        title: `Ibinalik ${by} ang iyong timesheet`,
        text: `Ibinalik ${by} ang iyong timesheet${period(data)}${data.reason ? `. Ang kanyang dahilan: "${s(data.reason)}"` : ''}.\nBuksan ang "Kailangan ng iyong pansin" sa portal: bubuksan ng link nito ang pagtatama. Ayusin ang sinasabi niya, pagkatapos ay piliin ang "Isumite ang pagtatama".`,
        sms: `IHSS: Ibinalik ${by} ang iyong timesheet. Tingnan kung bakit at itama ito sa portal ng IHSS.`,
      };
    },
    payment_issued: ({ data }) => ({
      title: 'Inilabas ang bayad',
      text: `Inilabas${data.payDate ? ` noong ${day(data.payDate, 'tl')}` : ''} ang bayad${worth(data)}${period(data)}. Nasa portal ang iyong pay stub.` + (data.shareOfCost && data.recipientName ? ` Singilin ang ${s(data.shareOfCost)} kay ${s(data.recipientName)}: ito ang kanyang Share of Cost, na ibinawas sa bayad na ito.` : ''),
    }),
    payment_paid: ({ data }) => ({
      title: 'Nabayaran na',
      text: `Ayon sa State Controller's Office, nabayaran${data.paidOn ? ` noong ${day(data.paidOn, 'tl')}` : ''} ang bayad ${s(data.paymentNumber)}${worth(data)}${period(data)}. Kung hindi pa ito dumarating sa iyo, tumawag sa tanggapan ng IHSS sa iyong county.`,
    }),
    payment_returned: ({ data }) => ({
      title: 'Ibinalik ng iyong bangko ang isang bayad',
      text: `Ibinalik ng iyong bangko${data.returnedOn ? ` noong ${day(data.returnedOn, 'tl')}` : ''} ang bayad ${s(data.paymentNumber)}${worth(data)}${period(data)}: hindi umabot ang pera sa iyong account. ${returnWords(data, 'tl')}`,
      sms: `IHSS: Ibinalik ng iyong bangko ang bayad ${s(data.paymentNumber)}${worth(data)}. ${reasonText(data, 'tl')}Tingnan ang gagawin sa portal ng IHSS.`,
    }),
    recipient_no_action: ({ data }) => ({
      title: 'Hindi pa sinusuri ng iyong tatanggap ang iyong timesheet',
      text: `Naisumite 2 araw na ang nakalipas ang iyong timesheet${period(data)}${forWhom(data)} at hindi pa ito inaaprubahan o tinatanggihan ng iyong tatanggap. Maaari mo siyang paalalahanan.`,
    }),
    violation_recorded: ({ data }) => ({
      title: 'May naitalang paglabag',
      text: `Nagtala ang county ng ${ordinalOf(data, 'tl') ? `${ordinalOf(data, 'tl')} ` : ''}paglabag${data.month ? ` para sa ${monthInWords('tl', s(data.month))}` : ''}. Babayaran pa rin ang overtime na natrabaho mo. Maaari mo itong tutulan sa loob ng 10 araw.`,
    }),
    new_message: ({ data }) => ({
      title: `Bagong mensahe: ${s(data.subject, 'mula sa iyong county')}`,
      text: `May bagong mensahe ka mula sa ${countyIhss(data.countyName)}: "${s(data.subject)}".${data.requiresAck ? ' Pakibasa ito at kumpirmahing nabasa mo na.' : ''}`,
      sms: `IHSS: Bagong mensahe mula sa ${data.countyName ? `${s(data.countyName)} County` : 'iyong county'}: "${s(data.subject)}". Basahin ito sa portal ng IHSS.`,
    }),
    pay_period_ending: ({ data }) => ({
      title: 'Magtatapos ang yugto ng pagbabayad',
      text: `Magtatapos ang yugto ng pagbabayad ${data.payPeriodEnd ? `sa ${day(data.payPeriodEnd, 'tl')}` : 'sa lalong madaling panahon'} at wala pang naisumiteng timesheet${forWhom(data)}. Isumite ito para hindi maantala ang iyong bayad.`,
    }),
    password_changed: () => ({
      title: 'Napalitan ang iyong password',
      text: 'Kapapalit lang ng password ng iyong account sa Portal ng mga Provider ng IHSS, at na-sign out ang iba mong session. Kung hindi ikaw ang gumawa nito, tumawag agad sa help desk ng iyong county.',
    }),
    contact_changed: ({ data }) => ({
      title: 'Napalitan ang paraan ng pakikipag-ugnayan sa iyo',
      text: `Napalitan ang ${data.what === 'phone' ? 'numero ng telepono' : data.what === 'address' ? 'address para sa koreo' : 'email address'} ng iyong account sa Portal ng mga Provider ng IHSS. Kung hindi ikaw ang gumawa nito, tumawag agad sa help desk ng iyong county.`,
    }),
    account_created: ({ data }) =>
      data.kind === 'recipient'
        ? {
            title: 'Ang iyong account sa portal ng IHSS',
            text: `Gumawa ang ${data.countyName ? `${s(data.countyName)} County` : 'iyong county'} ng account sa portal ng IHSS para sa iyong kaso. Magsa-sign in ka gamit ang iyong numero ng kaso, ${s(data.loginId)}. Para pumili ng password, buksan ang pahina ng pag-sign in ng portal, piliin ang "Tatanggap ng IHSS", pagkatapos ang "Nakalimutan ang password?", at ilagay ang iyong numero ng kaso: may darating na code sa address na ito.`,
          }
        : data.kind === 'setup'
        ? {
            title: 'Nagawa na ang iyong account sa portal ng IHSS',
            text: `Kagagawa lang ng iyong account sa Portal ng mga Provider ng IHSS (Numero ng Provider ${s(data.loginId)}) gamit ang email address na ito. Kung hindi ikaw ang gumawa nito, tumawag agad sa help desk ng iyong county.`,
          }
        : {
            title: 'Ang iyong account sa portal ng IHSS',
            text: `Ginawan ka ng account bilang kawani sa Portal ng mga Provider ng IHSS${data.countyName ? ` para sa ${s(data.countyName)} County` : ''}. Ang iyong username ay ${s(data.loginId)}. Para pumili ng password, buksan ang pahina ng pag-sign in ng portal, piliin ang "Kawani ng county", pagkatapos ang "Nakalimutan ang password?", at ilagay ang iyong username: may darating na code sa address na ito.`,
          },
    second_factor_changed: ({ data, helpPhone }) => {
      const { title, what } = factorChange(FACTORS, data);
      return { title, text: `${what} ${NOT_YOU}`, sms: `IHSS: ${title}. ${smsNotYou(helpPhone)}` };
    },
    recovery_code_used: ({ data, helpPhone }) => ({
      title: 'May ginamit na recovery code',
      text: `Kagagamit lang ng isang recovery code para mag-sign in sa iyong account sa Portal ng mga Provider ng IHSS.${codesLeft(remainingOf(data))} ${NOT_YOU}`,
      sms: `IHSS: may ginamit na recovery code para mag-sign in sa iyong account. ${smsNotYou(helpPhone)}`,
    }),
    second_factor_reset: ({ helpPhone }) => ({
      title: 'Na-reset ang iyong mga pangalawang paraan ng pag-sign in',
      text: 'Sa iyong kahilingan, matapos mong patunayan kung sino ka, inalis ng county ang mga pangalawang paraan ng pag-sign in (mga passkey, authenticator app, mga code sa text message at mga recovery code) sa iyong account sa Portal ng mga Provider ng IHSS. Sa susunod mong pag-sign in, puwede kang mag-set up ng bago. Kung hindi ikaw ang humiling nito, tumawag agad sa help desk ng iyong county.',
      sms: `IHSS: ni-reset ng county ang mga pangalawang paraan ng pag-sign in sa iyong account. Kung hindi ikaw ang humiling nito, tumawag sa help desk ng iyong county sa ${helpPhone}.`,
    }),
    new_device_sign_in: ({ data, helpPhone }) => ({
      title: 'Bagong pag-sign in mula sa device na hindi pa nakikita',
      text: `Kaka-sign in lang sa iyong account sa Portal ng mga Provider ng IHSS mula sa isang device na hindi pa nakikita dati.\nDevice: ${deviceWords(DEVICE, data)}\nNetwork: ${placeWords(DEVICE, data)}\nKung ikaw ito, wala kang kailangang gawin. Kung hindi, palitan agad ang iyong password at tumawag sa help desk ng iyong county.`,
      sms: `IHSS: bagong pag-sign in sa iyong account mula sa ${browserWords(DEVICE, data)}. Hindi ikaw? Palitan ang iyong password at tumawag sa help desk ng iyong county sa ${helpPhone}.`,
    }),
    withholding_changed: ({ data, helpPhone }) => ({
      title: 'Binago ang tax withholding mo',
      text: `Binago sa Portal ng mga Provider ng IHSS ang iyong pinili para sa withholding ng ${data.tax === 'state' ? 'California (DE 4)' : 'federal (W-4)'} income tax.${data.effectiveFrom ? ` Para ito sa mga bayad na ibibigay mula ${day(data.effectiveFrom, 'tl')}.` : ''} Kung hindi ikaw ang gumawa nito, palitan agad ang iyong password at tumawag sa help desk ng iyong county.`,
      sms: `IHSS: binago ang ${data.tax === 'state' ? 'California' : 'federal'} tax withholding mo. Hindi ikaw? Tumawag sa help desk ng iyong county sa ${helpPhone}.`,
    }),
  },
};
