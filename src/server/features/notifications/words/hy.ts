import { browserWords, day, denialWords, deviceWords, factorChange, forWhom, ordinalOf, placeWords, reasonText, remainingOf, returnWords, s, sentence, type DeviceWords, type FactorChangeWords, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

/** The pay period before the noun it describes, as Armenian puts it: "ձեր <period> ժամանակահատվածի ժամաթերթիկը". */
const period = (d: Record<string, unknown>) =>
  d.payPeriodStart && d.payPeriodEnd ? ` ${day(d.payPeriodStart, 'hy')} – ${day(d.payPeriodEnd, 'hy')} ժամանակահատվածի` : '';
/** Who denied it: the reader's county by name when known, as the subject of the sentence. */
const countyOf = (i: TemplateInput) => (i.countyName ? `${i.countyName} վարչաշրջանը` : 'վարչաշրջանը');
/** Where a payment was paid or returned on: the date, before the verb. */
const onDay = (v: unknown) => (v ? `${day(v, 'hy')}-ին ` : '');
const ofAmount = (d: Record<string, unknown>) => (d.amount ? ` (${s(d.amount)})` : '');

/** Armenian notifications: the words of every email, text message and in-app notice. */
// The security notices of issue #14: second factors, recovery codes and new devices.
const NOT_YOU = 'Եթե դա դուք չեք արել, փոխեք ձեր գաղտնաբառը և անմիջապես զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն։';
const smsNotYou = (phone: string) => `Դուք չե՞ք։ Զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն՝ ${phone}։`;
const FACTORS: FactorChangeWords = {
  titles: {
    added: 'Ավելացվել է մուտքի երկրորդ եղանակ',
    removed: 'Հեռացվել է մուտքի երկրորդ եղանակ',
    newRecoveryCodes: 'Ստեղծվել են վերականգնման նոր կոդեր',
    changed: 'Մուտքի ձեր երկրորդ եղանակները փոխվել են',
  },
  added: {
    passkey: 'Ձեր IHSS սպասարկողների պորտալի հաշվին ավելացվել է մուտքի բանալի (passkey)։',
    totp: 'Ձեր IHSS սպասարկողների պորտալի հաշվի համար կարգավորվել է նույնականացման հավելված։',
    sms: 'Ձեր IHSS սպասարկողների պորտալի հաշվի համար միացվել են ձեր հեռախոսին ուղարկվող SMS կոդերը։',
    recovery_codes: 'Ձեր IHSS սպասարկողների պորտալի հաշվի համար ստեղծվել է վերականգնման կոդերի նոր հավաքածու, իսկ հին կոդերն այլևս չեն գործում։',
  },
  removed: {
    passkey: 'Ձեր IHSS սպասարկողների պորտալի հաշվից հեռացվել է մուտքի բանալի (passkey)։',
    totp: 'Ձեր IHSS սպասարկողների պորտալի հաշվից հեռացվել է նույնականացման հավելվածը։',
    sms: 'Ձեր IHSS սպասարկողների պորտալի հաշվի համար անջատվել են SMS կոդերը։',
    recovery_codes: 'Ձեր IHSS սպասարկողների պորտալի հաշվի վերականգնման կոդերը հեռացվել են։',
  },
  changed: 'Ձեր IHSS սպասարկողների պորտալի հաշվի մուտքի երկրորդ եղանակները փոխվել են։',
};
const DEVICE: DeviceWords = {
  devices: { phone: 'Հեռախոս', tablet: 'Պլանշետ', computer: 'Համակարգիչ' },
  unknownBrowser: 'Անհայտ դիտարկիչ',
  browserOn: (browser, os) => `${browser} (${os})`,
  separator: ', ',
  places: {
    this_computer: 'Պորտալի սեփական համակարգիչը',
    private: 'Մասնավոր ցանց',
    internet: 'Ինտերնետ',
    unknown: 'Անհայտ',
    internet4: (address) => `Ինտերնետ, IPv4 ${address}`,
    internet6: 'Ինտերնետ, IPv6',
  },
};
const codesLeft = (n: number | null) =>
  n === null ? '' : n === 0 ? ' Վերականգնման կոդեր այլևս չեն մնացել. պորտալում ստեղծեք նոր հավաքածու։' : ` Մնացել է ${n} վերականգնման կոդ։`;

export const hy: NotificationWords = {
  subjectPrefix: 'IHSS պորտալ',
  seeDetails: 'Մանրամասները տեսեք IHSS պորտալում։',
  closing: (i) =>
    `Մանրամասները տեսնելու համար մուտք գործեք IHSS սպասարկողների պորտալ։ Հարցեր ունե՞ք։ Զանգահարեք ${i.countyName ? `${i.countyName} վարչաշրջանի` : 'ձեր վարչաշրջանի'} IHSS գրասենյակ՝ ${i.helpPhone}։\n\nIHSS պորտալն երբեք չի խնդրում ձեր գաղտնաբառն էլ. նամակով, տեքստային հաղորդագրությամբ կամ հեռախոսով և երբեք չի ուղարկում հղում, որով ինքնաբերաբար մուտք եք գործում։`,
  table: {
    timesheet_approved: ({ data }) => ({
      title: 'Ժամաթերթիկը հաստատվել է',
      text: `Ձեր${period(data)} ժամաթերթիկը${forWhom(data)} հաստատվել է։`,
    }),
    timesheet_rejected: (i) => {
      const { data } = i;
      if (data.by === 'county') {
        const county = countyOf(i);
        return {
          title: `${sentence(county)} մերժել է ձեր ժամաթերթիկը`,
          text: `${sentence(county)} մերժել է ձեր${period(data)} ժամաթերթիկը${forWhom(data)}։ Պատճառները և թե ինչ փոխել՝\n${denialWords(data, 'hy')}${data.reason ? `\nՎարչաշրջանի նշումը՝ «${s(data.reason)}»` : ''}\nԲացեք պորտալում «Պահանջում է ձեր ուշադրությունը» բաժինը․ դրա հղումը բացում է ուղղումը։ Փոխեք պատճառներում նշվածը, ապա ընտրեք «Ներկայացնել ուղղումը»։`,
          sms: `IHSS: ${county} մերժել է ձեր ժամաթերթիկը${forWhom(data)}։ Պատճառը տեսեք և ուղղեք այն IHSS պորտալում։`,
        };
      }
      const who = data.recipientName ? s(data.recipientName) : 'Ձեր շահառուն';
      return {
        title: `${who} վերադարձրել է ձեր ժամաթերթիկը`,
        text: `${who} վերադարձրել է ձեր${period(data)} ժամաթերթիկը։${data.reason ? ` Պատճառը՝ «${s(data.reason)}»։` : ''}\nԲացեք պորտալում «Պահանջում է ձեր ուշադրությունը» բաժինը․ դրա հղումը բացում է ուղղումը։ Ուղղեք նշվածը, ապա ընտրեք «Ներկայացնել ուղղումը»։`,
        sms: `IHSS: ${who} վերադարձրել է ձեր ժամաթերթիկը։ Պատճառը տեսեք և ուղղեք այն IHSS պորտալում։`,
      };
    },
    payment_issued: ({ data }) => ({
      title: 'Վճարումը տրամադրվել է',
      text: sentence(`${onDay(data.payDate)}տրամադրվել է ձեր${period(data)} վճարումը${ofAmount(data)}։ Ձեր վճարման անդորրագիրը պորտալում է։`) + (data.shareOfCost && data.recipientName ? ` Գանձեք ${s(data.shareOfCost)} ${s(data.recipientName)}-ից․ դա շահառուի ծախսի մասնաբաժինն է (Share of Cost), որը պահվել է այս վճարումից։` : ''),
    }),
    payment_paid: ({ data }) => ({
      title: 'Վճարումը կատարվել է',
      text: `Նահանգի վերահսկիչի գրասենյակը (State Controller's Office) հայտնում է, որ ${onDay(data.paidOn)}վճարվել է ձեր${period(data)} ${s(data.paymentNumber)} վճարումը${ofAmount(data)}։ Եթե այն ձեզ չի հասել, զանգահարեք ձեր վարչաշրջանի IHSS գրասենյակ։`,
    }),
    payment_returned: ({ data }) => ({
      title: 'Ձեր բանկը վերադարձրել է վճարումը',
      text: `Ձեր բանկը ${onDay(data.returnedOn)}վերադարձրել է ձեր${period(data)} ${s(data.paymentNumber)} վճարումը${ofAmount(data)}․ գումարը ձեր հաշվին չի հասել։ ${returnWords(data, 'hy')}`,
      sms: `IHSS: ձեր բանկը վերադարձրել է ${s(data.paymentNumber)} վճարումը${ofAmount(data)}։ ${reasonText(data, 'hy')}Ինչ անել՝ տեսեք IHSS պորտալում։`,
    }),
    recipient_no_action: ({ data }) => ({
      title: 'Ձեր շահառուն չի ստուգել ձեր ժամաթերթիկը',
      text: `Ձեր${period(data)} ժամաթերթիկը${forWhom(data)} ներկայացվել է 2 օր առաջ, բայց ձեր շահառուն դեռ չի հաստատել կամ մերժել այն։ Կարող եք հիշեցնել նրան։`,
    }),
    violation_recorded: ({ data }) => ({
      title: 'Գրանցվել է խախտում',
      text: `Վարչաշրջանը գրանցել է ${ordinalOf(data, 'hy') ? `ձեր ${ordinalOf(data, 'hy')} խախտումը` : 'խախտում'}${data.month ? `՝ ${monthInWords('hy', s(data.month))} ամսվա համար` : ''}։ Ձեր աշխատած արտաժամյա ժամերը միևնույն է վճարվում են։ Կարող եք այն վիճարկել 10 օրվա ընթացքում։`,
    }),
    new_message: ({ data }) => ({
      title: `Նոր հաղորդագրություն՝ ${s(data.subject, 'ձեր վարչաշրջանից')}`,
      text: `Դուք նոր հաղորդագրություն ունեք ${data.countyName ? `${s(data.countyName)} վարչաշրջանի` : 'ձեր վարչաշրջանի'} IHSS գրասենյակից՝ «${s(data.subject)}»։${data.requiresAck ? ' Խնդրում ենք կարդալ այն և հաստատել, որ կարդացել եք։' : ''}`,
      sms: `IHSS: նոր հաղորդագրություն ${data.countyName ? `${s(data.countyName)} վարչաշրջանից` : 'ձեր վարչաշրջանից'}՝ «${s(data.subject)}»։ Կարդացեք այն IHSS պորտալում։`,
    }),
    pay_period_ending: ({ data }) => ({
      title: 'Վճարման ժամանակահատվածն ավարտվում է',
      text: `Վճարման ժամանակահատվածն ավարտվում է ${data.payPeriodEnd ? `${day(data.payPeriodEnd, 'hy')}-ին` : 'շուտով'}, բայց ժամաթերթիկ${forWhom(data)} դեռ ներկայացված չէ։ Ներկայացրեք այն, որպեսզի ձեր վճարումը չուշանա։`,
    }),
    password_changed: () => ({
      title: 'Ձեր գաղտնաբառը փոխվել է',
      text: 'Ձեր IHSS սպասարկողների պորտալի հաշվի գաղտնաբառը հենց նոր փոխվեց, և ձեր մյուս սեսիաները փակվեցին։ Եթե դա դուք չեք արել, անմիջապես զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն։',
    }),
    contact_changed: ({ data }) => ({
      title: 'Ձեր կոնտակտային տվյալները փոխվել են',
      text: `Ձեր IHSS սպասարկողների պորտալի հաշվի ${data.what === 'phone' ? 'հեռախոսահամարը' : data.what === 'address' ? 'փոստային հասցեն' : 'էլ. փոստի հասցեն'} փոխվել է։ Եթե դա դուք չեք արել, անմիջապես զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն։`,
    }),
    account_created: ({ data }) =>
      data.kind === 'recipient'
        ? {
            title: 'Ձեր IHSS պորտալի հաշիվը',
            text: `${data.countyName ? `${s(data.countyName)} վարչաշրջանը` : 'Ձեր վարչաշրջանը'} ձեր գործի համար ստեղծել է IHSS պորտալի հաշիվ։ Դուք մուտք եք գործում ձեր գործի համարով՝ ${s(data.loginId)}։ Գաղտնաբառ ընտրելու համար բացեք պորտալի մուտքի էջը, ընտրեք «Շահառու», ապա «Մոռացե՞լ եք գաղտնաբառը» և մուտքագրեք ձեր գործի համարը․ այս հասցեին կոդ կգա։`,
          }
        : data.kind === 'setup'
        ? {
            title: 'Ձեր IHSS պորտալի հաշիվը ստեղծվել է',
            text: `Ձեր IHSS սպասարկողների պորտալի հաշիվը (սպասարկողի ID ${s(data.loginId)}) հենց նոր ստեղծվեց այս էլ. փոստի հասցեով։ Եթե դա դուք չեք արել, անմիջապես զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն։`,
          }
        : {
            title: 'Ձեր IHSS պորտալի աշխատակցի հաշիվը',
            text: `Ձեզ համար${data.countyName ? ` ${s(data.countyName)} վարչաշրջանում` : ''} ստեղծվել է IHSS սպասարկողների պորտալի աշխատակցի հաշիվ։ Ձեր օգտանունն է՝ ${s(data.loginId)}։ Գաղտնաբառ ընտրելու համար բացեք պորտալի մուտքի էջը, ընտրեք «Վարչաշրջանի աշխատակից», ապա «Մոռացե՞լ եք գաղտնաբառը» և մուտքագրեք ձեր օգտանունը․ այս հասցեին կոդ կգա։`,
          },
    second_factor_changed: ({ data, helpPhone }) => {
      const { title, what } = factorChange(FACTORS, data);
      return { title, text: `${what} ${NOT_YOU}`, sms: `IHSS: ${title}։ ${smsNotYou(helpPhone)}` };
    },
    recovery_code_used: ({ data, helpPhone }) => ({
      title: 'Օգտագործվել է վերականգնման կոդ',
      text: `Ձեր IHSS սպասարկողների պորտալի հաշիվ մուտք գործելու համար հենց նոր օգտագործվել է վերականգնման կոդ։${codesLeft(remainingOf(data))} ${NOT_YOU}`,
      sms: `IHSS: ձեր հաշիվ մուտք գործելու համար օգտագործվել է վերականգնման կոդ։ ${smsNotYou(helpPhone)}`,
    }),
    second_factor_reset: ({ helpPhone }) => ({
      title: 'Մուտքի ձեր երկրորդ եղանակները վերակայվել են',
      text: 'Ձեր խնդրանքով, երբ դուք հաստատեցիք ձեր ինքնությունը, վարչաշրջանը ձեր IHSS սպասարկողների պորտալի հաշվից հեռացրեց մուտքի երկրորդ եղանակները (մուտքի բանալիներ, նույնականացման հավելված, SMS կոդեր և վերականգնման կոդեր)։ Հաջորդ մուտքի ժամանակ կարող եք կարգավորել նորը։ Եթե դուք դա չեք խնդրել, անմիջապես զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն։',
      sms: `IHSS: վարչաշրջանը վերակայել է ձեր հաշվի մուտքի երկրորդ եղանակները։ Եթե դուք դա չեք խնդրել, զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն՝ ${helpPhone}։`,
    }),
    new_device_sign_in: ({ data, helpPhone }) => ({
      title: 'Նոր մուտք նախկինում չտեսնված սարքից',
      text: `Ձեր IHSS սպասարկողների պորտալի հաշիվ հենց նոր մուտք է գործվել մի սարքից, որը նախկինում չէր տեսնվել։\nՍարք՝ ${deviceWords(DEVICE, data)}\nՑանց՝ ${placeWords(DEVICE, data)}\nԵթե դա դուք էիք, ոչինչ անել պետք չէ։ Եթե ոչ, անմիջապես փոխեք ձեր գաղտնաբառը և զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն։`,
      sms: `IHSS: նոր մուտք ձեր հաշիվ՝ ${browserWords(DEVICE, data)}։ Դուք չե՞ք։ Փոխեք գաղտնաբառը և զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն՝ ${helpPhone}։`,
    }),
    withholding_changed: ({ data, helpPhone }) => ({
      title: 'Ձեր հարկային պահումները փոխվել են',
      text: `IHSS սպասարկողների պորտալում փոխվել է ձեր ${data.tax === 'state' ? 'Կալիֆոռնիայի (DE 4)' : 'դաշնային (W-4)'} եկամտահարկի պահման ընտրությունը։${data.effectiveFrom ? ` Այն կիրառվում է ${day(data.effectiveFrom, 'hy')}-ից թողարկվող վճարումների վրա։` : ''} Եթե դա դուք չէիք, անմիջապես փոխեք ձեր գաղտնաբառը և զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն։`,
      sms: `IHSS: ձեր ${data.tax === 'state' ? 'Կալիֆոռնիայի' : 'դաշնային'} հարկային պահումները փոխվել են։ Դուք չե՞ք։ Զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն՝ ${helpPhone}։`,
    }),
  },
};
