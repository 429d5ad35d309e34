import type { sentBackEn } from './sent-back.en';
import type { Words } from './words';

/** Spanish words of a returned timesheet's story and of the confirmation after "Enviar" (see sent-back.en.ts). */
export const sentBackEs: Words<typeof sentBackEn> = {
  story: {
    heading: 'Dónde está',
    recipientApproved: '{{name}} la aprobó el {{at}}.',
    recipientReturned: '{{name}} la devolvió el {{at}}.',
    countyApproved: 'El condado de {{county}} la aprobó el {{at}}.',
    countyDenied: 'El condado de {{county}} la negó el {{at}}.',
    countyDeniedNoName: 'El condado la negó el {{at}}.',
    recipientReason: 'Su motivo: “{{reason}}”',
    countyNote: 'La nota del condado: “{{note}}”',
    reasonsHeading: 'Los motivos del condado, con lo que debe cambiar',
    reasonsHeading_one: 'El motivo del condado, con lo que debe cambiar',
    onDay: 'Sobre el {{day}}',
    onWeek: 'Sobre la semana del {{span}}',
    whatToChange: 'Qué cambiar:',
    next: {
      submit: 'Siguiente: revise los días y envíela a {{name}}.',
      wait_recipient: 'Siguiente: {{name}} la aprueba o la devuelve. Se le pide que decida a más tardar el {{date}}.',
      wait_recipient_noDate: 'Siguiente: {{name}} la aprueba o la devuelve.',
      wait_county: 'Siguiente: el condado la revisa. Se le avisará cuando decida.',
      correct: 'Siguiente: corríjala y elija “Enviar la corrección”.',
      correcting: 'Siguiente: termine la corrección que empezó y elija “Enviar la corrección”.',
      wait_payment: 'Siguiente: se hace el pago. Se le avisará cuando se emita.',
      wait_bank: 'Siguiente: el dinero le llega. “Dónde está mi pago”, más abajo, dice el día en que se espera.',
      paid: 'Está pagada. No tiene que hacer nada más.',
      replaced: 'Una versión más nueva la reemplazó.',
    },
    openCorrection: 'Abrir la corrección',
    correcting: 'Abriendo la corrección…',
    correctionHeading: 'Por qué se la devolvieron',
    correctionIntro: 'Corrija lo que se indica abajo (cada motivo también aparece junto a su día o semana) y elija “Enviar la corrección” al final.',
    seeClaim: 'Ver el reclamo y su historial',
    submitCorrection: 'Enviar la corrección',
  },
  attention: {
    returnedByRecipient: '{{name}} le devolvió su hoja de horas del {{span}}.',
    deniedByCounty: 'El condado de {{county}} negó su hoja de horas de {{name}}, {{span}}.',
    deniedByCountyNoName: 'El condado negó su hoja de horas de {{name}}, {{span}}.',
    correctLink: 'Corregir la hoja de horas de {{name}}',
  },
  submitted: {
    heading: 'Enviada: su hoja de horas está con {{name}}',
    correctionHeading: 'Enviada: su corrección está con {{name}}',
    next: 'Se le pide a {{name}} que la apruebe o la devuelva a más tardar el {{date}}. Recibirá una notificación cuando decida; hasta entonces no tiene que hacer nada más.',
  },
};
