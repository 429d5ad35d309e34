import type { Language } from '../../../contracts/messages/index.js';

/** Plain text, never a link: the code is typed on the profile page. */
export const profileMail: Record<Language, { emailChangeCode(p: { code: string; minutes: number }): { subject: string; text: string }; emailChanged(p: { newAddress: string; phone: string }): { subject: string; text: string } }> = {
  en: {
    emailChangeCode: ({ code, minutes }) => ({
      subject: `IHSS portal: your code is ${code}`,
      text: `To use this email address for your IHSS Provider Portal account, enter this code on your profile page:\n\n${code}\n\nIt works for ${minutes} minutes. If you did not ask for it, you can ignore this email.\n\nThe IHSS portal never asks for your password by email, text or phone.`,
    }),
    emailChanged: ({ newAddress, phone }) => ({
      subject: 'IHSS portal: your email address was changed',
      text: `The email address of your IHSS Provider Portal account was changed to ${newAddress}. Messages will go there from now on.\n\nIf you did not do this, call your county help desk now at ${phone}.`,
    }),
  },
  es: {
    emailChangeCode: ({ code, minutes }) => ({
      subject: `Portal de IHSS: su código es ${code}`,
      text: `Para usar este correo electrónico en su cuenta del Portal de Proveedores de IHSS, escriba este código en la página de su perfil:\n\n${code}\n\nSirve por ${minutes} minutos. Si usted no lo pidió, puede ignorar este correo.\n\nEl portal de IHSS nunca le pide su contraseña por correo electrónico, mensaje de texto ni teléfono.`,
    }),
    emailChanged: ({ newAddress, phone }) => ({
      subject: 'Portal de IHSS: se cambió su correo electrónico',
      text: `El correo electrónico de su cuenta del Portal de Proveedores de IHSS se cambió a ${newAddress}. Desde ahora los mensajes irán ahí.\n\nSi no fue usted, llame ahora a la mesa de ayuda de su condado al ${phone}.`,
    }),
  },
};
