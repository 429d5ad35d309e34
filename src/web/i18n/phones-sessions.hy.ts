import type { phonesSessionsEn } from './phones-sessions.en';
import type { Words } from './words';

/** Armenian words: the same keys and {{placeholders}} as phones-sessions.en.ts. */
export const phonesSessionsHy: Words<typeof phonesSessionsEn> = {
  siteMenu: {
    open: 'Ընտրացանկ',
    label: 'Գլխավոր ընտրացանկ',
    account: 'Ձեր հաշիվը',
    dashboard: 'Իմ էջը',
    checkIn: 'Ժամանում և մեկնում',
    visits: 'Այցեր',
    timesheets: 'Ժամաթերթիկներ',
    sickLeave: 'Հիվանդության արձակուրդ',
    claims: 'Վճարման հայտեր',
    payments: 'Վճարումներ',
    violations: 'Խախտումներ',
    recipients: 'Շահառուներ',
    messages: 'Հաղորդագրություններ',
    profile: 'Պրոֆիլ',
    review: 'Ստուգելու ժամաթերթիկներ',
    console: 'Վարչաշրջանի վահանակ',
    cases: 'Շահառուներ և գործեր',
    enrolments: 'Գրանցումներ',
    countyReview: 'Ժամաթերթիկների ստուգում',
    countyMessages: 'Հաղորդագրություններ',
    unlock: 'Ապակողպել հաշիվ',
    settings: 'Վարչաշրջանի կարգավորումներ',
    countyAdmins: 'Վարչաշրջանի ադմինիստրատորներ',
    security: 'Մուտք և անվտանգություն',
  },
  keptTaps: {
    heading_one: 'Այս հեռախոսում {{count}} սեղմում է սպասում',
    heading: 'Այս հեռախոսում {{count}} սեղմում են սպասում',
    checkIn: 'Ժամանման սեղմում՝ {{at}}',
    checkOut: 'Մեկնման սեղմում՝ {{at}}',
    afterSignIn:
      'Ձեր սեսիան ավարտվեց, նախքան այն կուղարկվեր։ Այն պահված է այս հեռախոսում և կուղարկվի ձեր սեղմելու ժամով, հենց որ նորից մուտք գործեք։',
    onlyTheirs: 'Այն ուղարկվում է միայն այն ժամանակ, երբ մուտք է գործում այն սեղմած սպասարկողը։ Այն երբեք չի գրանցվում ուրիշի անունով։',
    otherAccountHeading: 'Այս հեռախոսում պահված է մեկ այլ հաշվի սեղմում',
    otherAccountText:
      'Այս հեռախոսով մեկ այլ հաշվի կատարած ժամանման կամ մեկնման գրանցումը չի ուղարկվել։ Այն չի գրանցվի ձեր անունով․ այն մնում է այս հեռախոսում և կուղարկվի, երբ այդ սպասարկողը նորից մուտք գործի այստեղ։',
  },
  approval: {
    heading: 'Հաստատե՞լ այս ժամերը',
    intro: 'Դուք հաստատում եք այն ժամերը, որ {{name}} աշխատել է ձեզ համար՝ {{span}}։',
    day: 'Օր',
    hours: 'Աշխատած ժամեր',
    travel: 'Ճանապարհ',
    total: 'Ընդամենը',
    totalLine: 'Ընդամենը՝ {{worked}} աշխատանք և {{travel}} ճանապարհ',
    noDays: 'Այս ժամանակահատվածում ժամեր չեն գրանցվել։',
    confirm: 'Այո, հաստատել այս ժամերը',
    cancel: 'Հետ գնալ',
  },
};
