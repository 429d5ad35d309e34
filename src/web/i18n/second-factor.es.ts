import type { secondFactorEn } from './second-factor.en';
import type { Words } from './words';

/** Palabras en español del segundo paso para iniciar sesión y de la llave de acceso: las mismas claves que second-factor.en.ts. */
export const secondFactorEs: Words<typeof secondFactorEn> = {
  passkeySignIn: {
    or: 'O bien, sin número ni contraseña',
    button: 'Iniciar sesión con una llave de acceso',
    busy: 'Esperando su llave de acceso…',
    hint: 'Use la cara, la huella, el PIN o la llave de seguridad que configuró para este portal.',
  },
  secondFactor: {
    title: 'Termine de iniciar sesión',
    intro: 'Su contraseña es correcta. Para proteger su cuenta, demuestre que es usted de una forma más.',
    otherWays: 'Usar otra forma',
    cancel: 'Cancelar',
    submit: 'Continuar',
    submitting: 'Revisando…',
    codeLabel: 'Código de 6 dígitos',
    chooseTotp: 'Usar un código de su aplicación de autenticación',
    chooseSms: 'Recibir un código por mensaje de texto',
    choosePasskey: 'Usar su llave de acceso',
    chooseRecovery: 'Usar un código de recuperación',
    totpHeading: 'Escriba el código de su aplicación de autenticación',
    totpHint: 'Abra la aplicación de autenticación en su teléfono y escriba los 6 números que muestra para el Portal de Proveedores de IHSS.',
    smsHeading: 'Recibir un código por mensaje de texto',
    smsWeak: 'Los mensajes de texto son la forma menos segura de iniciar sesión. Use una llave de acceso o una aplicación de autenticación cuando pueda.',
    sendTo: 'Enviar un código al {{phone}}',
    sendToPhone: 'Enviar un código a su teléfono',
    sentTo: 'Enviamos un código al {{phone}}.',
    smsHint: 'El código está en el mensaje de texto del Portal de Proveedores de IHSS.',
    sendAgain: 'Enviar un código nuevo',
    sending: 'Enviando…',
    passkeyHeading: 'Usar su llave de acceso',
    passkeyText: 'Use la cara, la huella, el PIN o la llave de seguridad que configuró para esta cuenta.',
    passkeyButton: 'Usar su llave de acceso',
    recoveryHeading: 'Usar un código de recuperación',
    recoveryText: 'Cada código de recuperación sirve una sola vez. Después de iniciar sesión, puede crear códigos nuevos en la página “Inicio de sesión y seguridad”.',
    recoveryLabel: 'Código de recuperación',
    recoveryHint: '10 letras y números, como 7KQM2-X9D4P. Puede escribir guiones y espacios.',
    passkeyCancelled: 'No se usó la llave de acceso: la solicitud se canceló o tardó demasiado. Intente de nuevo o elija otra forma.',
    passkeyFailed: 'Este navegador no pudo usar una llave de acceso. Elija otra forma de iniciar sesión.',
  },
};
