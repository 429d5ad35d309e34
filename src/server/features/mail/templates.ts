import type { Language } from '../../../contracts/messages/index.js';

export interface Mail {
  subject: string;
  text: string;
  /** A stable Message-ID for mail that must not arrive twice (notifications): a resend carries the same one. */
  messageId?: string;
}

type Templates = {
  setupCode(p: { code: string; minutes: number }): Mail;
  resetCode(p: { code: string; minutes: number }): Mail;
  passwordChanged(p: { phone: string }): Mail;
};

const NEVER_ASK = {
  en: 'The IHSS portal never asks for your password by email, text or phone.',
  es: 'El portal de IHSS nunca le pide su contraseña por correo electrónico, mensaje de texto ni teléfono.',
};

/** Plain text only, and never a link that signs someone in: codes are typed, not clicked. */
export const templates: Record<Language, Templates> = {
  en: {
    setupCode: ({ code, minutes }) => ({
      subject: `IHSS portal: your code is ${code}`,
      text: `Your code to confirm this email address for the IHSS Provider Portal is:\n\n${code}\n\nIt works for ${minutes} minutes. If you did not ask for it, you can ignore this email.\n\n${NEVER_ASK.en}`,
    }),
    resetCode: ({ code, minutes }) => ({
      subject: `IHSS portal: your password reset code is ${code}`,
      text: `Someone asked to reset the password of your IHSS Provider Portal account. Your code is:\n\n${code}\n\nIt works for ${minutes} minutes, once. If you did not ask for it, you can ignore this email: your password has not changed.\n\n${NEVER_ASK.en}`,
    }),
    passwordChanged: ({ phone }) => ({
      subject: 'IHSS portal: your password was changed',
      text: `The password of your IHSS Provider Portal account was just changed, and every other session was signed out.\n\nIf you did not do this, call your county help desk now at ${phone}.\n\n${NEVER_ASK.en}`,
    }),
  },
  es: {
    setupCode: ({ code, minutes }) => ({
      subject: `Portal de IHSS: su código es ${code}`,
      text: `Su código para confirmar este correo electrónico en el Portal de Proveedores de IHSS es:\n\n${code}\n\nSirve por ${minutes} minutos. Si usted no lo pidió, puede ignorar este correo.\n\n${NEVER_ASK.es}`,
    }),
    resetCode: ({ code, minutes }) => ({
      subject: `Portal de IHSS: su código para restablecer la contraseña es ${code}`,
      text: `Alguien pidió restablecer la contraseña de su cuenta del Portal de Proveedores de IHSS. Su código es:\n\n${code}\n\nSirve por ${minutes} minutos, una sola vez. Si usted no lo pidió, puede ignorar este correo: su contraseña no ha cambiado.\n\n${NEVER_ASK.es}`,
    }),
    passwordChanged: ({ phone }) => ({
      subject: 'Portal de IHSS: se cambió su contraseña',
      text: `Se acaba de cambiar la contraseña de su cuenta del Portal de Proveedores de IHSS y se cerraron todas las demás sesiones.\n\nSi no fue usted, llame ahora a la mesa de ayuda de su condado al ${phone}.\n\n${NEVER_ASK.es}`,
    }),
  },
};
