import { day, denialWords, forWhom, ordinalOf, reasonText, returnWords, s, sentence, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

const period = (d: Record<string, unknown>) => (d.payPeriodStart && d.payPeriodEnd ? ` for ${day(d.payPeriodStart, 'en')} to ${day(d.payPeriodEnd, 'en')}` : '');
/** Who denied it: the reader's county by name when known. */
const countyOf = (i: TemplateInput) => (i.countyName ? `${i.countyName} County` : 'the county');

/** English notifications: the words of every email, text message and in-app notice. */
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
      text: `A payment${data.amount ? ` of ${s(data.amount)}` : ''}${period(data)} was issued${data.payDate ? ` on ${day(data.payDate, 'en')}` : ''}. Your pay stub is in the portal.`,
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
  },
};
