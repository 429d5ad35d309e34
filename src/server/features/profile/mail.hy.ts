import type { ProfileMail } from './mail.js';

/** Armenian words of the profile emails: the code for a new address, and the notice to the old one. */
export const hy: ProfileMail = {
  emailChangeCode: ({ code, minutes }) => ({
    subject: `IHSS պորտալ․ ձեր կոդն է ${code}`,
    text: `Այս էլ. փոստի հասցեն ձեր IHSS սպասարկողների պորտալի հաշվի համար օգտագործելու համար մուտքագրեք այս կոդը ձեր պրոֆիլի էջում՝\n\n${code}\n\nԱյն գործում է ${minutes} րոպե։ Եթե դուք այն չեք խնդրել, կարող եք անտեսել այս նամակը։\n\nIHSS պորտալն երբեք չի խնդրում ձեր գաղտնաբառն էլ. նամակով, տեքստային հաղորդագրությամբ կամ հեռախոսով։`,
  }),
  emailChanged: ({ newAddress, phone }) => ({
    subject: 'IHSS պորտալ․ ձեր էլ. փոստի հասցեն փոխվել է',
    text: `Ձեր IHSS սպասարկողների պորտալի հաշվի էլ. փոստի հասցեն փոխվել է՝ ${newAddress}։ Այսուհետ նամակներն այնտեղ կուղարկվեն։\n\nԵթե դա դուք չեք արել, անմիջապես զանգահարեք ձեր վարչաշրջանի օգնության ծառայություն՝ ${phone}։`,
  }),
};
