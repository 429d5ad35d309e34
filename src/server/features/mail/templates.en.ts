import type { Templates } from './templates.js';

const NEVER_ASK = 'The IHSS portal never asks for your password by email, text or phone.';

/** English words of the account emails: set-up and reset codes, a changed password. */
export const en: Templates = {
  setupCode: ({ code, minutes }) => ({
    subject: `IHSS portal: your code is ${code}`,
    text: `Your code to confirm this email address for the IHSS Provider Portal is:\n\n${code}\n\nIt works for ${minutes} minutes. If you did not ask for it, you can ignore this email.\n\n${NEVER_ASK}`,
  }),
  resetCode: ({ code, minutes }) => ({
    subject: `IHSS portal: your password reset code is ${code}`,
    text: `Someone asked to reset the password of your IHSS Provider Portal account. Your code is:\n\n${code}\n\nIt works for ${minutes} minutes, once. If you did not ask for it, you can ignore this email: your password has not changed.\n\n${NEVER_ASK}`,
  }),
  passwordChanged: ({ phone }) => ({
    subject: 'IHSS portal: your password was changed',
    text: `The password of your IHSS Provider Portal account was just changed, and every other session was signed out.\n\nIf you did not do this, call your county help desk now at ${phone}.\n\n${NEVER_ASK}`,
  }),
};
