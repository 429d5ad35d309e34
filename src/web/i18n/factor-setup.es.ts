import type { factorSetupEn } from './factor-setup.en';
import type { Words } from './words';

/** Palabras en español de la configuración obligatoria y la invitación a un segundo factor: las mismas claves que factor-setup.en.ts. */
export const factorSetupEs: Words<typeof factorSetupEn> = {
  factorGate: {
    title: 'Configure una segunda forma de iniciar sesión',
    whyStaff: 'El personal del condado y del estado debe usar una segunda forma de iniciar sesión, porque una cuenta del personal abre los expedientes de muchas personas.',
    whyCounty: 'El condado de {{county}} exige una segunda forma de iniciar sesión para todas las cuentas.',
    whyNoCounty: 'Su condado exige una segunda forma de iniciar sesión para todas las cuentas.',
    how: 'Después de su contraseña, usará también una llave de acceso, un código de una aplicación de autenticación o un código enviado por mensaje de texto. Quien conozca su contraseña seguirá sin poder abrir su cuenta.',
    then: 'En cuanto agregue una, el portal se abrirá como siempre.',
    addHeading: 'Agregue una ahora',
  },
  factorInvite: {
    heading: 'Proteja su cuenta con una segunda forma de iniciar sesión',
    text: 'Con una llave de acceso o una aplicación de autenticación, quien conozca su contraseña seguirá sin poder abrir su cuenta.',
    setUp: 'Configurar ahora',
    notNow: 'Ahora no',
  },
};
