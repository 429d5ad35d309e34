import type { NoticeFacts, NoticeWords } from './notice.js';

const what = (f: NoticeFacts) =>
  f.method === 'warrant' ? 'se le envíe por correo como cheque en papel' : `se deposite en la cuenta de ${f.accountType === 'savings' ? 'ahorros' : 'cheques'} que termina en ${f.last4}`;

/** Palabras en español del aviso de un cambio de adónde va el pago (ver notice.ts). */
export const es: NoticeWords = {
  email: (f) => ({
    subject: f.method === 'warrant' ? 'IHSS: su pago cambia a cheque en papel' : `IHSS: su pago cambia a la cuenta que termina en ${f.last4}`,
    text: [
      `El ${f.requestedOn}, alguien inició sesión en su cuenta de proveedor de IHSS y pidió que su pago ${what(f)}.`,
      `Este cambio se usa a partir de la nómina del ${f.liveFrom}. Hasta entonces, su pago va adonde va ahora.`,
      `Si usted hizo este cambio, no tiene que hacer nada. Para cancelarlo, inicie sesión en el portal de proveedores de IHSS y abra Pagos y luego Depósito directo, antes de que termine el ${f.holdEndsOn}.`,
      `Si usted no hizo este cambio, llame ahora mismo a su condado al ${f.helpPhone}: el condado puede cancelarlo hasta que termine el ${f.holdEndsOn}. Después cambie su contraseña.`,
      'El portal de IHSS nunca le pide su contraseña ni los datos de su banco por correo electrónico, mensaje de texto ni teléfono.',
    ].join('\n\n'),
  }),
  sms: (f) =>
    `IHSS: su pago cambiará ${f.method === 'warrant' ? 'a cheque en papel' : `a la cuenta que termina en ${f.last4}`} desde el ${f.liveFrom}. ¿No fue usted? Llame ya a su condado: ${f.helpPhone}. Para cancelarlo, inicie sesión: Pagos, Depósito directo, hasta el ${f.holdEndsOn}.`,
};
