import type { Words } from './words';
import type { directDepositStaffEn } from './direct-deposit-staff.en';

/** Armenian words of direct deposit in the county console (see direct-deposit-staff.en.ts). */
export const directDepositStaffHy: Words<typeof directDepositStaffEn> = {
  directDepositStaff: {
    waitingHeading: 'Սպասման մեջ գտնվող ուղիղ փոխանցման փոփոխություններ',
    waitingIntro: 'Բանկային հաշվի փոփոխություններ, որոնք վարչաշրջանի սպասման ժամկետում են կամ ստուգվում են բանկում։ Քանի դեռ փոփոխությունը սպասման ժամկետում է, չեղարկեք այն, եթե սպասարկողն ասում է, որ ինքը չի կատարել։',
    waitingEmpty: 'Սպասման մեջ ուղիղ փոխանցման փոփոխություն չկա։',
    waitingCaption: 'Սպասման մեջ գտնվող ուղիղ փոխանցման փոփոխություններ՝ ամենամոտը սկզբում',
    provider: 'Սպասարկող',
    newWay: 'Վճարման նոր ձև',
    askedOn: 'Խնդրվել է',
    status: 'Կարգավիճակ',
    usedFrom: 'Կիրառվում է սկսած',
    notices: 'Ուղարկված ծանուցումներ',
    action: 'Գործողություն',
    holdUntil: '{{status}}՝ մինչև {{date}}-ի ավարտը',
    cancel: 'Չեղարկել',
    cancelLabel: 'Չեղարկել {{name}}-ի փոփոխությունը',
    cancelled: '{{name}}-ի փոփոխությունը չեղարկված է. սպասարկողի վճարումը շարունակում է գնալ այնտեղ, ուր գնում է հիմա։',
    noticeEmail: 'Էլ. նամակ՝ {{to}}. {{status}}',
    noticeSms: 'Հաղորդագրություն՝ {{to}}. {{status}}',
    noticeStatus: {
      pending: 'սպասում է ուղարկման',
      sent: 'ուղարկված է',
      skipped: 'չի ուղարկվել',
    },
    accountHeading: 'Ուղիղ փոխանցում',
    payGoesTo: 'Վճարումը գնում է',
    waitingChange: 'Սպասման մեջ գտնվող փոփոխություն',
    noChange: 'Չկա',
    cancelledBy: {
      provider: 'Չեղարկվել է սպասարկողի կողմից',
      county: 'Չեղարկվել է վարչաշրջանի կողմից',
    },
    holdHeading: 'Ուղիղ փոխանցման սպասման ժամկետ',
    holdIntro: 'Սպասարկողի բանկային հաշվի փոփոխությունը սպասում է այսքան աշխատանքային օր՝ նախքան բանկի փորձնական գրառումը (pre-note), որպեսզի սպասարկողը կամ վարչաշրջանը կարողանան չեղարկել այն փոփոխությունը, որը սպասարկողը չի կատարել։ Կիրառվում է այսուհետ կատարվող փոփոխությունների վրա։',
    holdLabel: 'Աշխատանքային օրեր ({{min}}-ից {{max}})',
    holdHint: 'Եթե վարչաշրջանն այլ թիվ չի սահմանել՝ {{days}}։',
    holdSave: 'Պահպանել սպասման ժամկետը',
    holdSaved_one: 'Պահպանված է. այսուհետ կատարվող փոփոխությունները սպասում են {{count}} աշխատանքային օր։',
    holdSaved: 'Պահպանված է. այսուհետ կատարվող փոփոխությունները սպասում են {{count}} աշխատանքային օր։',
  },
};
