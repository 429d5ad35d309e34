import { browserWords, day, denialWords, deviceWords, factorChange, forWhom, ordinalOf, placeWords, reasonText, remainingOf, returnWords, s, sentence, type DeviceWords, type FactorChangeWords, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

const period = (d: Record<string, unknown>) => (d.payPeriodStart && d.payPeriodEnd ? ` for ${day(d.payPeriodStart, 'en')} to ${day(d.payPeriodEnd, 'en')}` : '');
/** Who denied it: the reader's county by name when known. */
const countyOf = (i: TemplateInput) => (i.countyName ? `${i.countyName} County` : 'the county');

/** English notifications: the words of every email, text message and in-app notice. */
// The security notices of issue #14: second factors, recovery codes and new devices.
const NOT_YOU = 'If you did not do this, change your password and call your county help desk now.';
const smsNotYou = (phone: string) => `Not you? Call your county help desk at ${phone}.`;
const FACTORS: FactorChangeWords = {
  titles: { added: 'A second way to sign in was added', removed: 'A second way to sign in was removed', newRecoveryCodes: 'New recovery codes were made', changed: 'Your second ways to sign in changed' },
  added: {
    passkey: 'A passkey was added to your IHSS Provider Portal account.',
    totp: 'An authenticator app was set up for your IHSS Provider Portal account.',
    sms: 'Text-message codes to your phone were set up for your IHSS Provider Portal account.',
    recovery_codes: 'A new set of recovery codes was made for your IHSS Provider Portal account; the old codes no longer work.',
  },
  removed: {
    passkey: 'A passkey was removed from your IHSS Provider Portal account.',
    totp: 'The authenticator app was removed from your IHSS Provider Portal account.',
    sms: 'Text-message codes were turned off for your IHSS Provider Portal account.',
    recovery_codes: 'The recovery codes of your IHSS Provider Portal account were removed.',
  },
  changed: 'The second ways to sign in of your IHSS Provider Portal account changed.',
};
const DEVICE: DeviceWords = {
  devices: { phone: 'Phone', tablet: 'Tablet', computer: 'Computer' },
  unknownBrowser: 'Unknown browser',
  browserOn: (browser, os) => `${browser} on ${os}`,
  separator: ', ',
  places: { this_computer: "The portal's own computer", private: 'Private network', internet: 'Internet', unknown: 'Unknown', internet4: (address) => `Internet, IPv4 ${address}`, internet6: 'Internet, IPv6' },
};
const codesLeft = (n: number | null) =>
  n === null ? '' : n === 0 ? ' You have no recovery codes left: make a new set in the portal.' : n === 1 ? ' 1 recovery code is left.' : ` ${n} recovery codes are left.`;

export const en: NotificationWords = {
  subjectPrefix: 'IHSS portal',
  seeDetails: 'See the details in the IHSS portal.',
  closing: (i) =>
    `Sign in to the IHSS Provider Portal to see the details. Questions? Call ${i.countyName ? `${i.countyName} County` : 'your county'} IHSS at ${i.helpPhone}.\n\nThe IHSS portal never asks for your password by email, text or phone, and never sends a link that signs you in.`,
  table: {
    timesheet_approved: ({ data }) => ({
      title: 'Timesheet approved',
      text: `Your timesheet${period(data)}${forWhom(data)} was approved.`,
    }),
    timesheet_rejected: (i) => {
      const { data } = i;
      if (data.by === 'county') {
        const county = countyOf(i);
        return {
          title: `${sentence(county)} denied your timesheet`,
          text: `${sentence(county)} denied your timesheet${period(data)}${forWhom(data)}. Its reasons, with what to change:\n${denialWords(data, 'en')}${data.reason ? `\nThe county's note: "${s(data.reason)}"` : ''}\nOpen "Needs your attention" in the portal: its link opens the correction. Change what the reasons name, then choose "Submit the correction".`,
          sms: `IHSS: ${county} denied your timesheet${forWhom(data)}. See why and correct it in the IHSS portal.`,
        };
      }
      const who = data.recipientName ? s(data.recipientName) : 'Your recipient';
      return {
        title: `${who} sent your timesheet back`,
        text: `${who} sent your timesheet${period(data)} back${data.reason ? `. Their reason: "${s(data.reason)}"` : ''}.\nOpen "Needs your attention" in the portal: its link opens the correction. Fix what they name, then choose "Submit the correction".`,
        sms: `IHSS: ${who} sent your timesheet back. See why and correct it in the IHSS portal.`,
      };
    },
    payment_issued: ({ data }) => ({
      title: 'Payment issued',
      text: `A payment${data.amount ? ` of ${s(data.amount)}` : ''}${period(data)} was issued${data.payDate ? ` on ${day(data.payDate, 'en')}` : ''}. Your pay stub is in the portal.` + (data.shareOfCost && data.recipientName ? ` Collect ${s(data.shareOfCost)} from ${s(data.recipientName)}: their Share of Cost, deducted from this payment.` : ''),
    }),
    payment_paid: ({ data }) => ({
      title: 'Payment paid',
      text: `Payment ${s(data.paymentNumber)}${data.amount ? ` of ${s(data.amount)}` : ''}${period(data)} was paid${data.paidOn ? ` on ${day(data.paidOn, 'en')}` : ''}, says the State Controller's Office. If it has not reached you, call your county IHSS office.`,
    }),
    payment_returned: ({ data }) => ({
      title: 'Your bank returned a payment',
      text: `Payment ${s(data.paymentNumber)}${data.amount ? ` of ${s(data.amount)}` : ''}${period(data)} was returned by your bank${data.returnedOn ? ` on ${day(data.returnedOn, 'en')}` : ''}: the money did not reach your account. ${returnWords(data, 'en')}`,
      sms: `IHSS: your bank returned payment ${s(data.paymentNumber)}${data.amount ? ` of ${s(data.amount)}` : ''}. ${reasonText(data, 'en')}See what to do in the IHSS portal.`,
    }),
    recipient_no_action: ({ data }) => ({
      title: 'Your recipient has not reviewed your timesheet',
      text: `Your timesheet${period(data)}${forWhom(data)} was submitted 2 days ago and your recipient has not approved or rejected it yet. You may want to remind them.`,
    }),
    violation_recorded: ({ data }) => ({
      title: 'A violation was recorded',
      text: `The county recorded a${ordinalOf(data, 'en') ? ` ${ordinalOf(data, 'en')}` : ''} violation${data.month ? ` for ${monthInWords('en', s(data.month))}` : ''}. Overtime you worked is still paid. You can dispute it within 10 days.`,
    }),
    new_message: ({ data }) => ({
      title: `New message: ${s(data.subject, 'from your county')}`,
      text: `You have a new message from ${data.countyName ? `${s(data.countyName)} County` : 'your county'} IHSS: "${s(data.subject)}".${data.requiresAck ? ' Please read it and confirm that you have.' : ''}`,
      sms: `IHSS: new message from ${data.countyName ? `${s(data.countyName)} County` : 'your county'}: "${s(data.subject)}". Read it in the IHSS portal.`,
    }),
    pay_period_ending: ({ data }) => ({
      title: 'Pay period ending',
      text: `The pay period ends ${data.payPeriodEnd ? `on ${day(data.payPeriodEnd, 'en')}` : 'soon'} and no timesheet has been submitted${forWhom(data)}. Submit it so your pay is not late.`,
    }),
    password_changed: () => ({
      title: 'Your password was changed',
      text: 'The password of your IHSS Provider Portal account was just changed, and your other sessions were signed out. If you did not do this, call your county help desk now.',
    }),
    contact_changed: ({ data }) => ({
      title: 'Your contact details were changed',
      text: `The ${data.what === 'phone' ? 'phone number' : data.what === 'address' ? 'mailing address' : 'email address'} of your IHSS Provider Portal account was changed. If you did not do this, call your county help desk now.`,
    }),
    account_created: ({ data }) =>
      data.kind === 'recipient'
        ? {
            title: 'Your IHSS portal account',
            text: `${data.countyName ? `${s(data.countyName)} County` : 'Your county'} created an IHSS portal account for your case. You sign in with your case number, ${s(data.loginId)}. To choose your password, open the portal's sign-in page, choose "Recipient", then "Forgot password?", and enter your case number: a code will come to this address.`,
          }
        : data.kind === 'setup'
        ? {
            title: 'Your IHSS portal account was set up',
            text: `Your IHSS Provider Portal account (Provider ID ${s(data.loginId)}) was just set up with this email address. If you did not do this, call your county help desk now.`,
          }
        : {
            title: 'Your IHSS portal account',
            text: `An IHSS Provider Portal staff account was created for you${data.countyName ? ` for ${s(data.countyName)} County` : ''}. Your username is ${s(data.loginId)}. To choose your password, open the portal's sign-in page, choose "County staff", then "Forgot password?", and enter your username: a code will come to this address.`,
          },
    second_factor_changed: ({ data, helpPhone }) => {
      const { title, what } = factorChange(FACTORS, data);
      return { title, text: `${what} ${NOT_YOU}`, sms: `IHSS: ${title}. ${smsNotYou(helpPhone)}` };
    },
    recovery_code_used: ({ data, helpPhone }) => ({
      title: 'A recovery code was used',
      text: `A recovery code was just used to sign in to your IHSS Provider Portal account.${codesLeft(remainingOf(data))} ${NOT_YOU}`,
      sms: `IHSS: a recovery code was used to sign in to your account. ${smsNotYou(helpPhone)}`,
    }),
    second_factor_reset: ({ helpPhone }) => ({
      title: 'Your second ways to sign in were reset',
      text: 'At your request, after you proved who you are, the county removed the second ways to sign in (passkeys, authenticator app, text-message codes and recovery codes) from your IHSS Provider Portal account. The next time you sign in, you can set up a new one. If you did not ask for this, call your county help desk now.',
      sms: `IHSS: the county reset the second ways to sign in to your account. If you did not ask for this, call your county help desk at ${helpPhone}.`,
    }),
    new_device_sign_in: ({ data, helpPhone }) => ({
      title: 'New sign-in from a device not seen before',
      text: `Your IHSS Provider Portal account was just signed in to from a device it had not seen before.\nDevice: ${deviceWords(DEVICE, data)}\nNetwork: ${placeWords(DEVICE, data)}\nIf this was you, there is nothing to do. If it was not, change your password now and call your county help desk.`,
      sms: `IHSS: new sign-in to your account from ${browserWords(DEVICE, data)}. Not you? Change your password and call your county help desk at ${helpPhone}.`,
    }),
    withholding_changed: ({ data, helpPhone }) => ({
      title: 'Your tax withholding was changed',
      text: `Your ${data.tax === 'state' ? 'California (DE 4)' : 'federal (W-4)'} income tax withholding election was changed in the IHSS Provider Portal.${data.effectiveFrom ? ` It applies to payments issued from ${day(data.effectiveFrom, 'en')}.` : ''} If you did not do this, change your password and call your county help desk now.`,
      sms: `IHSS: your ${data.tax === 'state' ? 'California' : 'federal'} tax withholding was changed. Not you? Call your county help desk at ${helpPhone}.`,
    }),
  },
};
