import type { NotificationEvent } from '../../../contracts/notifications.js';
import { formatMessage, violationOrdinal, type Language } from '../../../contracts/messages/index.js';
import { dateInWords, monthInWords } from '../../../contracts/messages/dates.js';
import { isReturnReason, type ReturnReason } from '../../../contracts/payments.js';
import { isReasonCode, renderDenialReason } from '../../../domain/index.js';

/** What every template may use: the event's data plus the person's county help desk. */
export interface TemplateInput {
  data: Record<string, unknown>;
  helpPhone: string;
  countyName: string | null;
}

export interface Rendered {
  /** In-app title and the email subject. */
  title: string;
  /** In-app text and the email body (before the closing lines). */
  text: string;
  /** A text message: short, no link. */
  sms: string;
}

const s = (v: unknown, fallback = '') => (v === undefined || v === null || v === '' ? fallback : String(v));
/** A date of the event's data in words in the reader's language (the data keeps YYYY-MM-DD). */
const day = (v: unknown, lang: Language) => dateInWords(lang, s(v));

const CLOSING: Record<Language, (i: TemplateInput) => string> = {
  en: (i) =>
    `Sign in to the IHSS Provider Portal to see the details. Questions? Call ${i.countyName ? `${i.countyName} County` : 'your county'} IHSS at ${i.helpPhone}.\n\nThe IHSS portal never asks for your password by email, text or phone, and never sends a link that signs you in.`,
  es: (i) =>
    `Inicie sesión en el Portal de Proveedores de IHSS para ver los detalles. ¿Preguntas? Llame a IHSS del ${i.countyName ? `condado de ${i.countyName}` : 'su condado'} al ${i.helpPhone}.\n\nEl portal de IHSS nunca le pide su contraseña por correo electrónico, mensaje de texto ni teléfono, y nunca envía un enlace que inicie su sesión.`,
};

type Table = Record<NotificationEvent, (i: TemplateInput) => Omit<Rendered, 'sms'> & { sms?: string }>;

const period = (d: Record<string, unknown>, lang: Language) =>
  d.payPeriodStart && d.payPeriodEnd
    ? lang === 'es'
      ? ` del ${day(d.payPeriodStart, lang)} al ${day(d.payPeriodEnd, lang)}`
      : ` for ${day(d.payPeriodStart, lang)} to ${day(d.payPeriodEnd, lang)}`
    : '';
/** The violation's ordinal in the reader's language (older notifications carry an English `ordinal`). */
const ordinalOf = (d: Record<string, unknown>, lang: Language) => (typeof d.number === 'number' ? violationOrdinal(lang, d.number) : s(d.ordinal));
/** A returned deposit's reason and what to do, in the reader's language (contracts/messages: returnReason*, returnWhatToDo*). */
const reasonOf = (d: Record<string, unknown>) => (isReturnReason(s(d.reason)) ? (s(d.reason) as ReturnReason) : null);
const reasonText = (d: Record<string, unknown>, lang: Language) => {
  const r = reasonOf(d);
  return r ? `${formatMessage(lang, `returnReason${r}`)} ` : '';
};
const returnWords = (d: Record<string, unknown>, lang: Language) => {
  const r = reasonOf(d);
  return `${reasonText(d, lang)}${r ? `${formatMessage(lang, `returnWhatToDo${r}`)} ` : ''}${formatMessage(lang, 'returnReissue')}`;
};
/** A county denial's reason codes (`reasonCodes`, comma-separated) in words: what was wrong, each with what to change. */
const denialWords = (d: Record<string, unknown>, lang: Language) =>
  s(d.reasonCodes)
    .split(',')
    .filter(isReasonCode)
    .map((code) => {
      const r = renderDenialReason(lang, code, { recipientId: s(d.caseNumber) }, { [s(d.caseNumber)]: s(d.recipientName) });
      return `- ${r.title} ${r.howToFix}`;
    })
    .join('\n');
/** Who denied it: the reader's county by name when known. */
const countyOf = (i: TemplateInput, lang: Language) =>
  lang === 'es' ? (i.countyName ? `el condado de ${i.countyName}` : 'el condado') : i.countyName ? `${i.countyName} County` : 'the county';
const forWhom = (d: Record<string, unknown>, lang: Language) => (d.recipientName ? (lang === 'es' ? ` (${s(d.recipientName)})` : ` (${s(d.recipientName)})`) : '');

const en: Table = {
  timesheet_approved: ({ data }) => ({
    title: 'Timesheet approved',
    text: `Your timesheet${period(data, 'en')}${forWhom(data, 'en')} was approved.`,
  }),
  timesheet_rejected: (i) => {
    const { data } = i;
    if (data.by === 'county') {
      const county = countyOf(i, 'en');
      return {
        title: `${county.charAt(0).toUpperCase()}${county.slice(1)} denied your timesheet`,
        text: `${county.charAt(0).toUpperCase()}${county.slice(1)} denied your timesheet${period(data, 'en')}${forWhom(data, 'en')}. Its reasons, with what to change:\n${denialWords(data, 'en')}${data.reason ? `\nThe county's note: "${s(data.reason)}"` : ''}\nOpen "Needs your attention" in the portal: its link opens the correction. Change what the reasons name, then choose "Submit the correction".`,
        sms: `IHSS: ${county} denied your timesheet${forWhom(data, 'en')}. See why and correct it in the IHSS portal.`,
      };
    }
    const who = data.recipientName ? s(data.recipientName) : 'Your recipient';
    return {
      title: `${who} sent your timesheet back`,
      text: `${who} sent your timesheet${period(data, 'en')} back${data.reason ? `. Their reason: "${s(data.reason)}"` : ''}.\nOpen "Needs your attention" in the portal: its link opens the correction. Fix what they name, then choose "Submit the correction".`,
      sms: `IHSS: ${who} sent your timesheet back. See why and correct it in the IHSS portal.`,
    };
  },
  payment_issued: ({ data }) => ({
    title: 'Payment issued',
    text: `A payment${data.amount ? ` of ${s(data.amount)}` : ''}${period(data, 'en')} was issued${data.payDate ? ` on ${day(data.payDate, 'en')}` : ''}. Your pay stub is in the portal.`,
  }),
  payment_paid: ({ data }) => ({
    title: 'Payment paid',
    text: `Payment ${s(data.paymentNumber)}${data.amount ? ` of ${s(data.amount)}` : ''}${period(data, 'en')} was paid${data.paidOn ? ` on ${day(data.paidOn, 'en')}` : ''}, says the State Controller's Office. If it has not reached you, call your county IHSS office.`,
  }),
  payment_returned: ({ data }) => ({
    title: 'Your bank returned a payment',
    text: `Payment ${s(data.paymentNumber)}${data.amount ? ` of ${s(data.amount)}` : ''}${period(data, 'en')} was returned by your bank${data.returnedOn ? ` on ${day(data.returnedOn, 'en')}` : ''}: the money did not reach your account. ${returnWords(data, 'en')}`,
    sms: `IHSS: your bank returned payment ${s(data.paymentNumber)}${data.amount ? ` of ${s(data.amount)}` : ''}. ${reasonText(data, 'en')}See what to do in the IHSS portal.`,
  }),
  recipient_no_action: ({ data }) => ({
    title: 'Your recipient has not reviewed your timesheet',
    text: `Your timesheet${period(data, 'en')}${forWhom(data, 'en')} was submitted 2 days ago and your recipient has not approved or rejected it yet. You may want to remind them.`,
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
    text: `The pay period ends ${data.payPeriodEnd ? `on ${day(data.payPeriodEnd, 'en')}` : 'soon'} and no timesheet has been submitted${forWhom(data, 'en')}. Submit it so your pay is not late.`,
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
};

const es: Table = {
  timesheet_approved: ({ data }) => ({
    title: 'Hoja de horas aprobada',
    text: `Su hoja de horas${period(data, 'es')}${forWhom(data, 'es')} fue aprobada.`,
  }),
  timesheet_rejected: (i) => {
    const { data } = i;
    if (data.by === 'county') {
      const county = countyOf(i, 'es');
      return {
        title: `${county.charAt(0).toUpperCase()}${county.slice(1)} negó su hoja de horas`,
        text: `${county.charAt(0).toUpperCase()}${county.slice(1)} negó su hoja de horas${period(data, 'es')}${forWhom(data, 'es')}. Sus motivos, con lo que debe cambiar:\n${denialWords(data, 'es')}${data.reason ? `\nLa nota del condado: "${s(data.reason)}"` : ''}\nAbra "Necesita su atención" en el portal: su enlace abre la corrección. Cambie lo que indican los motivos y elija "Enviar la corrección".`,
        sms: `IHSS: ${county} negó su hoja de horas${forWhom(data, 'es')}. Vea por qué y corríjala en el portal de IHSS.`,
      };
    }
    const who = data.recipientName ? s(data.recipientName) : 'Su beneficiario';
    return {
      title: `${who} le devolvió su hoja de horas`,
      text: `${who} le devolvió su hoja de horas${period(data, 'es')}${data.reason ? `. Su motivo: "${s(data.reason)}"` : ''}.\nAbra "Necesita su atención" en el portal: su enlace abre la corrección. Corrija lo que indica y elija "Enviar la corrección".`,
      sms: `IHSS: ${who} le devolvió su hoja de horas. Vea por qué y corríjala en el portal de IHSS.`,
    };
  },
  payment_issued: ({ data }) => ({
    title: 'Pago emitido',
    text: `Se emitió un pago${data.amount ? ` de ${s(data.amount)}` : ''}${period(data, 'es')}${data.payDate ? ` el ${day(data.payDate, 'es')}` : ''}. Su talón de pago está en el portal.`,
  }),
  payment_paid: ({ data }) => ({
    title: 'Pago realizado',
    text: `El pago ${s(data.paymentNumber)}${data.amount ? ` de ${s(data.amount)}` : ''}${period(data, 'es')} se pagó${data.paidOn ? ` el ${day(data.paidOn, 'es')}` : ''}, según la Oficina del Contralor del Estado. Si no le ha llegado, llame a la oficina de IHSS de su condado.`,
  }),
  payment_returned: ({ data }) => ({
    title: 'Su banco devolvió un pago',
    text: `Su banco devolvió el pago ${s(data.paymentNumber)}${data.amount ? ` de ${s(data.amount)}` : ''}${period(data, 'es')}${data.returnedOn ? ` el ${day(data.returnedOn, 'es')}` : ''}: el dinero no llegó a su cuenta. ${returnWords(data, 'es')}`,
    sms: `IHSS: su banco devolvió el pago ${s(data.paymentNumber)}${data.amount ? ` de ${s(data.amount)}` : ''}. ${reasonText(data, 'es')}Vea qué hacer en el portal de IHSS.`,
  }),
  recipient_no_action: ({ data }) => ({
    title: 'Su beneficiario no ha revisado su hoja de horas',
    text: `Su hoja de horas${period(data, 'es')}${forWhom(data, 'es')} se envió hace 2 días y su beneficiario todavía no la ha aprobado ni rechazado. Puede recordárselo.`,
  }),
  violation_recorded: ({ data }) => ({
    title: 'Se registró una infracción',
    text: `El condado registró una ${ordinalOf(data, 'es') ? `${ordinalOf(data, 'es')} ` : ''}infracción${data.month ? ` de ${monthInWords('es', s(data.month))}` : ''}. Las horas extra que trabajó se pagan de todos modos. Puede disputarla dentro de 10 días.`,
  }),
  new_message: ({ data }) => ({
    title: `Mensaje nuevo: ${s(data.subject, 'de su condado')}`,
    text: `Tiene un mensaje nuevo de IHSS del ${data.countyName ? `condado de ${s(data.countyName)}` : 'su condado'}: "${s(data.subject)}".${data.requiresAck ? ' Léalo y confirme que lo leyó.' : ''}`,
    sms: `IHSS: mensaje nuevo del ${data.countyName ? `condado de ${s(data.countyName)}` : 'su condado'}: "${s(data.subject)}". Léalo en el portal de IHSS.`,
  }),
  pay_period_ending: ({ data }) => ({
    title: 'Termina el período de pago',
    text: `El período de pago termina ${data.payPeriodEnd ? `el ${day(data.payPeriodEnd, 'es')}` : 'pronto'} y no se ha enviado ninguna hoja de horas${forWhom(data, 'es')}. Envíela para que su pago no se atrase.`,
  }),
  password_changed: () => ({
    title: 'Se cambió su contraseña',
    text: 'Se acaba de cambiar la contraseña de su cuenta del Portal de Proveedores de IHSS y se cerraron sus demás sesiones. Si no fue usted, llame ahora a la mesa de ayuda de su condado.',
  }),
  contact_changed: ({ data }) => ({
    title: 'Se cambiaron sus datos de contacto',
    text: `Se cambió ${data.what === 'phone' ? 'el número de teléfono' : data.what === 'address' ? 'la dirección postal' : 'el correo electrónico'} de su cuenta del Portal de Proveedores de IHSS. Si no fue usted, llame ahora a la mesa de ayuda de su condado.`,
  }),
  account_created: ({ data }) =>
    data.kind === 'recipient'
      ? {
          title: 'Su cuenta del portal de IHSS',
          text: `${data.countyName ? `El condado de ${s(data.countyName)}` : 'Su condado'} creó una cuenta del portal de IHSS para su caso. Inicie sesión con su número de caso, ${s(data.loginId)}. Para elegir su contraseña, abra la página de inicio de sesión del portal, elija "Beneficiario", luego "¿Olvidó su contraseña?", y escriba su número de caso: recibirá un código en esta dirección.`,
        }
      : data.kind === 'setup'
      ? {
          title: 'Se creó su cuenta del portal de IHSS',
          text: `Su cuenta del Portal de Proveedores de IHSS (número de proveedor ${s(data.loginId)}) se acaba de crear con este correo electrónico. Si no fue usted, llame ahora a la mesa de ayuda de su condado.`,
        }
      : {
          title: 'Su cuenta del portal de IHSS',
          text: `Se creó para usted una cuenta de personal del Portal de Proveedores de IHSS${data.countyName ? ` para el condado de ${s(data.countyName)}` : ''}. Su nombre de usuario es ${s(data.loginId)}. Para elegir su contraseña, abra la página de inicio de sesión del portal, elija "Personal del condado", luego "¿Olvidó su contraseña?", y escriba su nombre de usuario: recibirá un código en esta dirección.`,
        },
};

const TABLES: Record<Language, Table> = { en, es };

/** Renders an event for a person in their language: plain text, never a link that signs anyone in. */
export function render(lang: Language, event: NotificationEvent, input: TemplateInput): Rendered & { body: string } {
  const r = TABLES[lang][event](input);
  const sms = r.sms ?? `IHSS: ${r.title}. ${lang === 'es' ? 'Vea los detalles en el portal de IHSS.' : 'See the details in the IHSS portal.'}`;
  return { title: r.title, text: r.text, sms: sms.slice(0, 320), body: `${r.text}\n\n${CLOSING[lang](input)}` };
}
