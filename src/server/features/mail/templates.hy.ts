import type { Templates } from './templates.js';

const NEVER_ASK = 'IHSS պորտալն երբեք չի խնդրում ձեր գաղտնաբառն էլ. նամակով, տեքստային հաղորդագրությամբ կամ հեռախոսով։';

/** Armenian words of the account emails: set-up and reset codes, a changed password. */
export const hy: Templates = {
  setupCode: ({ code, minutes }) => ({
    subject: `IHSS պորտալ․ ձեր կոդն է ${code}`,
    text: `IHSS սպասարկողների պորտալի համար այս էլ. փոստի հասցեն հաստատելու ձեր կոդն է՝\n\n${code}\n\nԱյն գործում է ${minutes} րոպե։ Եթե դուք այն չեք խնդրել, կարող եք անտեսել այս նամակը։\n\n${NEVER_ASK}`,
  }),
  resetCode: ({ code, minutes }) => ({
    subject: `IHSS պորտալ․ գաղտնաբառի վերականգնման ձեր կոդն է ${code}`,
    text: `Ինչ-որ մեկը խնդրել է վերականգնել ձեր IHSS սպասարկողների պորտալի հաշվի գաղտնաբառը։ Ձեր կոդն է՝\n\n${code}\n\nԱյն գործում է ${minutes} րոպե և միայն մեկ անգամ։ Եթե դուք այն չեք խնդրել, կարող եք անտեսել այս նամակը․ ձեր գաղտնաբառը չի փոխվել։\n\n${NEVER_ASK}`,
  }),
  passwordChanged: ({ phone }) => ({
    subject: 'IHSS պորտալ․ ձեր գաղտնաբառը փոխվել է',
    text: `Ձեր IHSS սպասարկողների պորտալի հաշվի գաղտնաբառը հենց նոր փոխվեց, և բոլոր մյուս սեսիաները փակվեցին։\n\nԵթե դա դուք չեք արել, անմիջապես զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն՝ ${phone}։\n\n${NEVER_ASK}`,
  }),
};
