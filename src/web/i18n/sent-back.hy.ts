import type { sentBackEn } from './sent-back.en';
import type { Words } from './words';

/** Armenian words: the same keys and {{placeholders}} as sent-back.en.ts. */
export const sentBackHy: Words<typeof sentBackEn> = {
  story: {
    heading: 'Ինչ վիճակում է',
    recipientApproved: '{{name}} հաստատել է այն՝ {{at}}։',
    recipientReturned: '{{name}} վերադարձրել է այն՝ {{at}}։',
    countyApproved: '{{county}} վարչաշրջանը հաստատել է այն՝ {{at}}։',
    countyDenied: '{{county}} վարչաշրջանը մերժել է այն՝ {{at}}։',
    countyDeniedNoName: 'Վարչաշրջանը մերժել է այն՝ {{at}}։',
    recipientReason: 'Նրա պատճառը՝ «{{reason}}»',
    countyNote: 'Վարչաշրջանի նշումը՝ «{{note}}»',
    reasonsHeading_one: 'Վարչաշրջանի պատճառը և թե ինչ փոխել',
    reasonsHeading: 'Վարչաշրջանի պատճառները և թե ինչ փոխել',
    onDay: 'Օրը՝ {{day}}',
    onWeek: 'Շաբաթը՝ {{span}}',
    whatToChange: 'Ինչ փոխել՝',
    next: {
      submit: 'Հաջորդ քայլը՝ ստուգեք օրերը, ապա ներկայացրեք այն {{name}}-ին։',
      wait_recipient: 'Հաջորդ քայլը՝ {{name}} կհաստատի այն կամ կվերադարձնի։ Նրան խնդրվում է որոշել մինչև {{date}}։',
      wait_recipient_noDate: 'Հաջորդ քայլը՝ {{name}} կհաստատի այն կամ կվերադարձնի։',
      wait_county: 'Հաջորդ քայլը՝ վարչաշրջանը կստուգի այն։ Ձեզ կտեղեկացնենք, երբ որոշում կայացնի։',
      correct: 'Հաջորդ քայլը՝ ուղղեք այն, ապա ընտրեք «Ներկայացնել ուղղումը»։',
      correcting: 'Հաջորդ քայլը՝ ավարտեք սկսած ուղղումը, ապա ընտրեք «Ներկայացնել ուղղումը»։',
      wait_payment: 'Հաջորդ քայլը՝ վճարումը կկատարվի։ Ձեզ կտեղեկացնենք, երբ այն տրամադրվի։',
      wait_bank: 'Հաջորդ քայլը՝ գումարը հասնում է ձեզ։ Ներքևում «Որտե՞ղ է իմ վարձատրությունը» բաժինը նշում է սպասվող օրը։',
      paid: 'Այն վճարված է։ Այլևս անելու ոչինչ չկա։',
      replaced: 'Այն փոխարինվել է ավելի նոր տարբերակով։',
    },
    openCorrection: 'Բացել ուղղումը',
    correcting: 'Ուղղումը բացվում է…',
    correctionHeading: 'Ինչու է այն վերադարձվել',
    correctionIntro:
      'Ուղղեք ստորև նշվածը (յուրաքանչյուր պատճառ ցույց է տրված նաև իր օրվա կամ շաբաթվա կողքին), ապա վերջում ընտրեք «Ներկայացնել ուղղումը»։',
    seeClaim: 'Տեսնել հայտը և դրա պատմությունը',
    submitCorrection: 'Ներկայացնել ուղղումը',
  },
  attention: {
    returnedByRecipient: '{{name}} վերադարձրել է ձեր ժամաթերթիկը՝ {{span}}։',
    deniedByCounty: '{{county}} վարչաշրջանը մերժել է ձեր ժամաթերթիկը՝ {{name}}, {{span}}։',
    deniedByCountyNoName: 'Վարչաշրջանը մերժել է ձեր ժամաթերթիկը՝ {{name}}, {{span}}։',
    correctLink: 'Ուղղել ժամաթերթիկը՝ {{name}}',
  },
  submitted: {
    heading: 'Ներկայացված է․ ձեր ժամաթերթիկը {{name}}-ի մոտ է',
    correctionHeading: 'Ներկայացված է․ ձեր ուղղումը {{name}}-ի մոտ է',
    next: '{{name}}-ին խնդրվում է հաստատել այն կամ վերադարձնել մինչև {{date}}։ Դուք ծանուցում կստանաք, երբ նա որոշի․ մինչ այդ անելու ոչինչ չկա։',
  },
};
