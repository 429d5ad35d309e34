import type { ProfileMail } from './mail.js';

/** English words of the profile emails: the code for a new address, and the notice to the old one. */
export const en: ProfileMail = {
  emailChangeCode: ({ code, minutes }) => ({
    subject: `IHSS portal: your code is ${code}`,
    text: `To use this email address for your IHSS Provider Portal account, enter this code on your profile page:\n\n${code}\n\nIt works for ${minutes} minutes. If you did not ask for it, you can ignore this email.\n\nThe IHSS portal never asks for your password by email, text or phone.`,
  }),
  emailChanged: ({ newAddress, phone }) => ({
    subject: 'IHSS portal: your email address was changed',
    text: `The email address of your IHSS Provider Portal account was changed to ${newAddress}. Messages will go there from now on.\n\nIf you did not do this, call your county help desk now at ${phone}.`,
  }),
};
