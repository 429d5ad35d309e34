import type { NoticeFacts, NoticeWords } from './notice.js';

const what = (f: NoticeFacts) =>
  f.method === 'warrant' ? 'to be mailed to you as a paper check' : `to go to the ${f.accountType === 'savings' ? 'savings' : 'checking'} account ending in ${f.last4}`;

/** English words of the notice of a change of where pay goes (see notice.ts). */
export const en: NoticeWords = {
  email: (f) => ({
    subject: f.method === 'warrant' ? 'IHSS: your pay is changing to a paper check' : `IHSS: your pay is changing to the account ending in ${f.last4}`,
    text: [
      `On ${f.requestedOn}, someone signed in to your IHSS provider account and asked for your pay ${what(f)}.`,
      `This change is used from the pay run of ${f.liveFrom}. Until then, your pay goes where it goes now.`,
      `If you made this change, you need not do anything. To cancel it, sign in to the IHSS provider portal and open Payments, then Direct deposit, before the end of ${f.holdEndsOn}.`,
      `If you did not make this change, call your county at ${f.helpPhone} right away: the county can cancel it until the end of ${f.holdEndsOn}. Then change your password.`,
      'The IHSS portal never asks for your password or your bank details by email, text or phone.',
    ].join('\n\n'),
  }),
  sms: (f) =>
    `IHSS: your pay is set to change ${f.method === 'warrant' ? 'to a paper check' : `to the account ending ${f.last4}`} from ${f.liveFrom}. Not you? Call your county now: ${f.helpPhone}. To cancel, sign in: Payments, Direct deposit, by ${f.holdEndsOn}.`,
};
