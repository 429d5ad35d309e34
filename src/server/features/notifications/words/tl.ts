import { day, denialWords, forWhom, ordinalOf, reasonText, returnWords, s, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

const period = (d: Record<string, unknown>) => (d.payPeriodStart && d.payPeriodEnd ? ` para sa ${day(d.payPeriodStart, 'tl')} hanggang ${day(d.payPeriodEnd, 'tl')}` : '');
/** Who denied it: the reader's county by name when known ("ng" marks the one who did it). */
const countyOf = (i: TemplateInput) => (i.countyName ? `${i.countyName} County` : 'county');
/** The county's IHSS office by name when known. */
const countyIhss = (name: unknown) => (name ? `IHSS ng ${s(name)} County` : 'IHSS ng iyong county');
/** The amount after a payment's number, when known. */
const worth = (d: Record<string, unknown>) => (d.amount ? ` na ${s(d.amount)}` : '');

/** Tagalog notifications: the words of every email, text message and in-app notice. */
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
      text: `Inilabas${data.payDate ? ` noong ${day(data.payDate, 'tl')}` : ''} ang bayad${worth(data)}${period(data)}. Nasa portal ang iyong pay stub.`,
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
  },
};
