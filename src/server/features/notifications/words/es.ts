import { browserWords, day, denialWords, deviceWords, factorChange, forWhom, ordinalOf, placeWords, reasonText, remainingOf, returnWords, s, sentence, type DeviceWords, type FactorChangeWords, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

const period = (d: Record<string, unknown>) => (d.payPeriodStart && d.payPeriodEnd ? ` del ${day(d.payPeriodStart, 'es')} al ${day(d.payPeriodEnd, 'es')}` : '');
/** Who denied it: the reader's county by name when known. */
const countyOf = (i: TemplateInput) => (i.countyName ? `el condado de ${i.countyName}` : 'el condado');

/** Notificaciones en español: las palabras de cada correo, mensaje de texto y aviso. */
// The security notices of issue #14: second factors, recovery codes and new devices.
const NOT_YOU = 'Si no fue usted, cambie su contraseña y llame ahora a la mesa de ayuda de su condado.';
const smsNotYou = (phone: string) => `¿No fue usted? Llame a la mesa de ayuda de su condado al ${phone}.`;
const FACTORS: FactorChangeWords = {
  titles: {
    added: 'Se agregó una segunda forma de iniciar sesión',
    removed: 'Se quitó una segunda forma de iniciar sesión',
    newRecoveryCodes: 'Se crearon nuevos códigos de recuperación',
    changed: 'Cambiaron sus segundas formas de iniciar sesión',
  },
  added: {
    passkey: 'Se agregó una llave de acceso (passkey) a su cuenta del Portal de Proveedores de IHSS.',
    totp: 'Se configuró una aplicación de autenticación para su cuenta del Portal de Proveedores de IHSS.',
    sms: 'Se activaron los códigos por mensaje de texto a su teléfono para su cuenta del Portal de Proveedores de IHSS.',
    recovery_codes: 'Se creó un nuevo juego de códigos de recuperación para su cuenta del Portal de Proveedores de IHSS; los códigos anteriores ya no funcionan.',
  },
  removed: {
    passkey: 'Se quitó una llave de acceso (passkey) de su cuenta del Portal de Proveedores de IHSS.',
    totp: 'Se quitó la aplicación de autenticación de su cuenta del Portal de Proveedores de IHSS.',
    sms: 'Se desactivaron los códigos por mensaje de texto de su cuenta del Portal de Proveedores de IHSS.',
    recovery_codes: 'Se quitaron los códigos de recuperación de su cuenta del Portal de Proveedores de IHSS.',
  },
  changed: 'Cambiaron las segundas formas de iniciar sesión de su cuenta del Portal de Proveedores de IHSS.',
};
const DEVICE: DeviceWords = {
  devices: { phone: 'Teléfono', tablet: 'Tableta', computer: 'Computadora' },
  unknownBrowser: 'Navegador desconocido',
  browserOn: (browser, os) => `${browser} en ${os}`,
  separator: ', ',
  places: {
    this_computer: 'La computadora del propio portal',
    private: 'Red privada',
    internet: 'Internet',
    unknown: 'Desconocida',
    internet4: (address) => `Internet, IPv4 ${address}`,
    internet6: 'Internet, IPv6',
  },
};
const codesLeft = (n: number | null) =>
  n === null ? '' : n === 0 ? ' Ya no le quedan códigos de recuperación: cree un juego nuevo en el portal.' : n === 1 ? ' Le queda 1 código de recuperación.' : ` Le quedan ${n} códigos de recuperación.`;

export const es: NotificationWords = {
  subjectPrefix: 'Portal de IHSS',
  seeDetails: 'Vea los detalles en el portal de IHSS.',
  closing: (i) =>
    `Inicie sesión en el Portal de Proveedores de IHSS para ver los detalles. ¿Preguntas? Llame a IHSS del ${i.countyName ? `condado de ${i.countyName}` : 'su condado'} al ${i.helpPhone}.\n\nEl portal de IHSS nunca le pide su contraseña por correo electrónico, mensaje de texto ni teléfono, y nunca envía un enlace que inicie su sesión.`,
  table: {
    timesheet_approved: ({ data }) => ({
      title: 'Hoja de horas aprobada',
      text: `Su hoja de horas${period(data)}${forWhom(data)} fue aprobada.`,
    }),
    timesheet_rejected: (i) => {
      const { data } = i;
      if (data.by === 'county') {
        const county = countyOf(i);
        return {
          title: `${sentence(county)} negó su hoja de horas`,
          text: `${sentence(county)} negó su hoja de horas${period(data)}${forWhom(data)}. Sus motivos, con lo que debe cambiar:\n${denialWords(data, 'es')}${data.reason ? `\nLa nota del condado: "${s(data.reason)}"` : ''}\nAbra "Necesita su atención" en el portal: su enlace abre la corrección. Cambie lo que indican los motivos y elija "Enviar la corrección".`,
          sms: `IHSS: ${county} negó su hoja de horas${forWhom(data)}. Vea por qué y corríjala en el portal de IHSS.`,
        };
      }
      const who = data.recipientName ? s(data.recipientName) : 'Su beneficiario';
      return {
        title: `${who} le devolvió su hoja de horas`,
        text: `${who} le devolvió su hoja de horas${period(data)}${data.reason ? `. Su motivo: "${s(data.reason)}"` : ''}.\nAbra "Necesita su atención" en el portal: su enlace abre la corrección. Corrija lo que indica y elija "Enviar la corrección".`,
        sms: `IHSS: ${who} le devolvió su hoja de horas. Vea por qué y corríjala en el portal de IHSS.`,
      };
    },
    payment_issued: ({ data }) => ({
      title: 'Pago emitido',
      text: `Se emitió un pago${data.amount ? ` de ${s(data.amount)}` : ''}${period(data)}${data.payDate ? ` el ${day(data.payDate, 'es')}` : ''}. Su talón de pago está en el portal.` + (data.shareOfCost && data.recipientName ? ` Cobre ${s(data.shareOfCost)} a ${s(data.recipientName)}: su parte del costo (Share of Cost), descontada de este pago.` : ''),
    }),
    payment_paid: ({ data }) => ({
      title: 'Pago realizado',
      text: `El pago ${s(data.paymentNumber)}${data.amount ? ` de ${s(data.amount)}` : ''}${period(data)} se pagó${data.paidOn ? ` el ${day(data.paidOn, 'es')}` : ''}, según la Oficina del Contralor del Estado. Si no le ha llegado, llame a la oficina de IHSS de su condado.`,
    }),
    payment_returned: ({ data }) => ({
      title: 'Su banco devolvió un pago',
      text: `Su banco devolvió el pago ${s(data.paymentNumber)}${data.amount ? ` de ${s(data.amount)}` : ''}${period(data)}${data.returnedOn ? ` el ${day(data.returnedOn, 'es')}` : ''}: el dinero no llegó a su cuenta. ${returnWords(data, 'es')}`,
      sms: `IHSS: su banco devolvió el pago ${s(data.paymentNumber)}${data.amount ? ` de ${s(data.amount)}` : ''}. ${reasonText(data, 'es')}Vea qué hacer en el portal de IHSS.`,
    }),
    recipient_no_action: ({ data }) => ({
      title: 'Su beneficiario no ha revisado su hoja de horas',
      text: `Su hoja de horas${period(data)}${forWhom(data)} se envió hace 2 días y su beneficiario todavía no la ha aprobado ni rechazado. Puede recordárselo.`,
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
      text: `El período de pago termina ${data.payPeriodEnd ? `el ${day(data.payPeriodEnd, 'es')}` : 'pronto'} y no se ha enviado ninguna hoja de horas${forWhom(data)}. Envíela para que su pago no se atrase.`,
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
    second_factor_changed: ({ data, helpPhone }) => {
      const { title, what } = factorChange(FACTORS, data);
      return { title, text: `${what} ${NOT_YOU}`, sms: `IHSS: ${title}. ${smsNotYou(helpPhone)}` };
    },
    recovery_code_used: ({ data, helpPhone }) => ({
      title: 'Se usó un código de recuperación',
      text: `Se acaba de usar un código de recuperación para iniciar sesión en su cuenta del Portal de Proveedores de IHSS.${codesLeft(remainingOf(data))} ${NOT_YOU}`,
      sms: `IHSS: se usó un código de recuperación para iniciar sesión en su cuenta. ${smsNotYou(helpPhone)}`,
    }),
    second_factor_reset: ({ helpPhone }) => ({
      title: 'Se restablecieron sus segundas formas de iniciar sesión',
      text: 'A pedido suyo, después de que usted comprobó su identidad, el condado quitó las segundas formas de iniciar sesión (llaves de acceso, aplicación de autenticación, códigos por mensaje de texto y códigos de recuperación) de su cuenta del Portal de Proveedores de IHSS. La próxima vez que inicie sesión podrá configurar una nueva. Si usted no lo pidió, llame ahora a la mesa de ayuda de su condado.',
      sms: `IHSS: el condado restableció las segundas formas de iniciar sesión de su cuenta. Si usted no lo pidió, llame a la mesa de ayuda de su condado al ${helpPhone}.`,
    }),
    new_device_sign_in: ({ data, helpPhone }) => ({
      title: 'Nuevo inicio de sesión desde un dispositivo desconocido',
      text: `Se acaba de iniciar sesión en su cuenta del Portal de Proveedores de IHSS desde un dispositivo que no se había visto antes.\nDispositivo: ${deviceWords(DEVICE, data)}\nRed: ${placeWords(DEVICE, data)}\nSi fue usted, no tiene que hacer nada. Si no, cambie su contraseña ahora y llame a la mesa de ayuda de su condado.`,
      sms: `IHSS: nuevo inicio de sesión en su cuenta desde ${browserWords(DEVICE, data)}. ¿No fue usted? Cambie su contraseña y llame a la mesa de ayuda de su condado al ${helpPhone}.`,
    }),
    withholding_changed: ({ data, helpPhone }) => ({
      title: 'Se cambió la retención de impuestos de su pago',
      text: `Se cambió su elección de retención del impuesto sobre el ingreso ${data.tax === 'state' ? 'de California (DE 4)' : 'federal (W-4)'} en el Portal de Proveedores de IHSS.${data.effectiveFrom ? ` Se aplica a los pagos emitidos a partir del ${day(data.effectiveFrom, 'es')}.` : ''} Si no fue usted, cambie su contraseña y llame ahora a la mesa de ayuda de su condado.`,
      sms: `IHSS: se cambió la retención de impuestos ${data.tax === 'state' ? 'de California' : 'federales'} de su pago. ¿No fue usted? Llame a la mesa de ayuda de su condado al ${helpPhone}.`,
    }),
  },
};
