import type { MessageKey } from './en.js';

export const es: Record<MessageKey, string> = {
  required: 'Este campo es obligatorio.',
  providerIdShape:
    'Use el número de proveedor (Provider ID) de 9 dígitos de la carta de su condado, no su número de Seguro Social.',
  caseNumberShape: 'Use el número de caso de 7 dígitos del aviso de su condado.',
  staffUsernameShape:
    'Use su nombre de usuario del personal: letras minúsculas, números, puntos o guiones, al menos 3.',
  lastNameShape: 'Escriba su apellido tal como lo registró el condado.',
  dateShape: 'Escriba una fecha real con mes, día y año.',
  dateOfBirthRange: 'Escriba su fecha de nacimiento; debe ser en el pasado.',
  ssnLast4Shape: 'Escriba los últimos 4 dígitos de su número de Seguro Social.',
  emailShape: 'Escriba un correo electrónico como nombre@ejemplo.com.',
  codeShape: 'Escriba el código de 6 dígitos del correo electrónico.',
  passwordTooShort:
    'Use al menos {{min}} caracteres. Unas cuantas palabras sin relación forman una contraseña fuerte y fácil de recordar.',
  passwordTooLong: 'Use como máximo {{max}} caracteres.',
  passwordCommon: 'Esta contraseña está en una lista de contraseñas comunes o filtradas. Elija otra.',
  passwordContainsId:
    'Su contraseña no debe contener su número de proveedor, número de caso ni nombre de usuario.',
  passwordsDiffer: 'Las dos contraseñas no coinciden.',
  answerShape: 'Responda cada pregunta con 2 a 100 caracteres.',
  questionsDistinct: 'Elija 3 preguntas diferentes.',
  invalidCredentials:
    'El número o la contraseña no son correctos. Revíselos e intente de nuevo. Si todavía no ha creado su cuenta, elija “Crear su cuenta”.',
  accountLocked:
    'Su cuenta está bloqueada por demasiados intentos fallidos hasta {{until}}. Para desbloquearla ahora, restablezca su contraseña por correo electrónico o llame a la mesa de ayuda de su condado al {{phone}}.',
  accountDeactivated:
    'El condado desactivó esta cuenta: {{reason}}. Llame a la mesa de ayuda de su condado al {{phone}}.',
  identityNotMatched:
    'No pudimos encontrar un registro del condado con estos datos. Compare cada uno con la carta de su condado. Si son correctos, llame a la mesa de ayuda de su condado.',
  alreadySetUp: 'Esta cuenta ya está creada. Inicie sesión o elija “¿Olvidó su contraseña?”.',
  codeWrong: 'Ese código no es correcto. Le quedan {{remaining}} intentos.',
  codeExpired: 'Ese código venció o ya se usó. Pida un código nuevo.',
  codeTooManyTries: 'Demasiados códigos incorrectos. Pida un código nuevo.',
  flowExpired: 'Este paso venció. Empiece de nuevo, por favor.',
  answersWrong: 'Las respuestas no coinciden. Revíselas e intente de nuevo, o restablezca por correo electrónico.',
  questionsNotAllowed: 'Su condado no usa preguntas de seguridad. Restablezca su contraseña por correo electrónico.',
  tooManyRequests: 'Demasiados intentos desde esta red. Intente de nuevo en {{seconds}} segundos.',
  signInRequired: 'Inicie sesión para continuar.',
  sessionExpired: 'Se cerró su sesión porque terminó el tiempo. Inicie sesión de nuevo.',
  forbidden: 'No tiene acceso a esto.',
  notFound: 'No pudimos encontrar eso.',
  csrf: 'Esta página no está actualizada. Vuelva a cargar la página e intente de nuevo.',
  badRequest: 'Algo en la solicitud no es correcto. Revise los campos marcados.',
  internal: 'Algo salió mal de nuestro lado. Su trabajo no se guardó. Intente de nuevo en un minuto.',
};
