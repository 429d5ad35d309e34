/** The provider's own contact details. Changing the email or phone asks for the password again; all changes are audited. */
import { z } from 'zod';
import { email, enteredPassword, msg, sixDigitCode, text } from './common.js';
import { endpoint } from './endpoint.js';
import { LANGUAGES } from './messages/index.js';

export const phoneNumber = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/[\s().-]/g, '').replace(/^\+?1(?=\d{10}$)/, '') : v),
  z.string(msg('phoneShape')).regex(/^\d{10}$/, msg('phoneShape')),
);

export const mailingAddress = z.object({
  street: text({ max: 200, message: 'streetShape' }),
  unit: text({ min: 0, max: 50 }).nullable().optional(),
  city: text({ max: 100, message: 'cityShape' }),
  state: z.string(msg('stateShape')).trim().toUpperCase().regex(/^[A-Z]{2}$/, msg('stateShape')),
  zip: z.string(msg('zipShape')).trim().regex(/^\d{5}(-\d{4})?$/, msg('zipShape')),
});

export const profileView = z.object({
  loginId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  pendingEmail: z.string().nullable().describe('Waiting for its code'),
  phone: z.string().nullable(),
  mailingAddress: mailingAddress.extend({ unit: z.string().nullable() }).nullable(),
  preferredLanguage: z.enum(LANGUAGES),
});

export const profileUpdateRequest = z
  .object({ mailingAddress: mailingAddress.optional(), preferredLanguage: z.enum(LANGUAGES).optional() })
  .refine((r) => r.mailingAddress !== undefined || r.preferredLanguage !== undefined, { message: 'nothingToChange' });

const currentPassword = enteredPassword;
export const phoneChangeRequest = z.object({ currentPassword, phone: phoneNumber });
export const emailChangeRequest = z.object({ currentPassword, newEmail: email });
export const emailChangeStarted = z.object({ sentTo: z.string(), expiresAt: z.string() });
export const emailConfirmRequest = z.object({ code: sixDigitCode });

export const profileEndpoints = {
  get: endpoint({ method: 'GET', path: '/api/profile', access: ['provider'], summary: "The provider's contact details", answer: profileView }),
  update: endpoint({ method: 'POST', path: '/api/profile', access: ['provider'], summary: 'Change the mailing address or preferred language', body: profileUpdateRequest, answer: profileView }),
  changePhone: endpoint({ method: 'POST', path: '/api/profile/phone', access: ['provider'], summary: 'Change the phone number (asks for the password again)', body: phoneChangeRequest, answer: profileView }),
  startEmailChange: endpoint({
    method: 'POST',
    path: '/api/profile/email',
    access: ['provider'],
    summary: 'Start an email change: password again, then a code to the new address',
    body: emailChangeRequest,
    answer: emailChangeStarted,
  }),
  confirmEmailChange: endpoint({ method: 'POST', path: '/api/profile/email/confirm', access: ['provider'], summary: 'Confirm the new email with its code', body: emailConfirmRequest, answer: profileView }),
};
