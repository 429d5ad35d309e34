import type { Templates } from './templates.js';

const NEVER_ASK = 'El portal de IHSS nunca le pide su contraseña por correo electrónico, mensaje de texto ni teléfono.';

/** Palabras en español de los correos de la cuenta: códigos de configuración y de restablecimiento, contraseña cambiada. */
export const es: Templates = {
  setupCode: ({ code, minutes }) => ({
    subject: `Portal de IHSS: su código es ${code}`,
    text: `Su código para confirmar este correo electrónico en el Portal de Proveedores de IHSS es:\n\n${code}\n\nSirve por ${minutes} minutos. Si usted no lo pidió, puede ignorar este correo.\n\n${NEVER_ASK}`,
  }),
  resetCode: ({ code, minutes }) => ({
    subject: `Portal de IHSS: su código para restablecer la contraseña es ${code}`,
    text: `Alguien pidió restablecer la contraseña de su cuenta del Portal de Proveedores de IHSS. Su código es:\n\n${code}\n\nSirve por ${minutes} minutos, una sola vez. Si usted no lo pidió, puede ignorar este correo: su contraseña no ha cambiado.\n\n${NEVER_ASK}`,
  }),
  passwordChanged: ({ phone }) => ({
    subject: 'Portal de IHSS: se cambió su contraseña',
    text: `Se acaba de cambiar la contraseña de su cuenta del Portal de Proveedores de IHSS y se cerraron todas las demás sesiones.\n\nSi no fue usted, llame ahora a la mesa de ayuda de su condado al ${phone}.\n\n${NEVER_ASK}`,
  }),
};
