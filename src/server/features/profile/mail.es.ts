import type { ProfileMail } from './mail.js';

/** Palabras en español de los correos del perfil: el código para un correo nuevo y el aviso al anterior. */
export const es: ProfileMail = {
  emailChangeCode: ({ code, minutes }) => ({
    subject: `Portal de IHSS: su código es ${code}`,
    text: `Para usar este correo electrónico en su cuenta del Portal de Proveedores de IHSS, escriba este código en la página de su perfil:\n\n${code}\n\nSirve por ${minutes} minutos. Si usted no lo pidió, puede ignorar este correo.\n\nEl portal de IHSS nunca le pide su contraseña por correo electrónico, mensaje de texto ni teléfono.`,
  }),
  emailChanged: ({ newAddress, phone }) => ({
    subject: 'Portal de IHSS: se cambió su correo electrónico',
    text: `El correo electrónico de su cuenta del Portal de Proveedores de IHSS se cambió a ${newAddress}. Desde ahora los mensajes irán ahí.\n\nSi no fue usted, llame ahora a la mesa de ayuda de su condado al ${phone}.`,
  }),
};
