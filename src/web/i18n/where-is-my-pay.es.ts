import type { Words } from './words';
import type { whereIsMyPayEn } from './where-is-my-pay.en';

/** Spanish words of "Where is my pay" (see where-is-my-pay.en.ts). */
export const whereIsMyPayEs: Words<typeof whereIsMyPayEn> = {
  whereIsMyPay: {
    heading: 'Dónde está mi pago',
    dashboardHeading: 'Pagos en camino',
    forClaim: '{{name}}, {{span}}',
    headline: {
      deposit: 'Se espera en su banco el {{date}}',
      depositArrived: 'En su banco el {{date}}',
      mail: 'Se espera su cheque por correo a más tardar el {{date}}',
      mailArrived: 'Su cheque se pagó el {{date}}',
      returned: 'Su banco devolvió el depósito. El Estado lo vuelve a pagar, por lo general con un cheque por correo: mantenga su dirección postal al día.',
      sentBack: 'No hay ningún pago en camino: le devolvieron esta hoja de horas. Corríjala y envíela de nuevo.',
    },
    stepsHeading: 'Cada paso',
    state: {
      done: 'Hecho',
      now: 'Ahora',
      next: 'Después',
    },
    step: {
      recipientDone: 'Aprobada por su beneficiario el {{date}}',
      recipientWaiting: 'Esperando que su beneficiario la apruebe, a más tardar el {{date}}',
      countyDone: 'Revisada por el condado el {{date}}',
      countyWaiting: 'En revisión del condado: se espera una decisión a más tardar el {{date}}',
      countyNext: 'Revisión del condado, prevista a más tardar el {{date}}',
      countyOnHold: 'El condado la puso en espera.',
      countyWhy: 'Lo que revisa el condado:',
      approvedDone: 'Aprobada el {{date}}',
      approvedNext: 'Aprobación prevista a más tardar el {{date}}',
      payRunDone: 'Pagada por el Estado el {{date}}',
      payRunNext: 'En el ciclo de pago del {{date}}',
      depositDone: 'En su banco el {{date}}',
      depositNext: 'Se espera en su banco el {{date}}',
      mailDone: 'Cheque pagado el {{date}}',
      mailSent: 'Cheque enviado por correo el {{mailed}}, se espera a más tardar el {{date}}',
      mailNext: 'El cheque se enviará por correo el {{mailed}}, se espera a más tardar el {{date}}',
      returned: 'Su banco devolvió el depósito el {{date}}',
      returnedWhy: 'Por qué, y qué hacer:',
      sentBack: 'Se le devolvió el {{date}}',
    },
    late: {
      days_one: '{{count}} día de retraso',
      days: '{{count}} días de retraso',
      recipient: 'Se le pidió a su beneficiario que decidiera a más tardar el {{date}}: {{late}}.',
      countyReview: 'El Estado tiene 10 días hábiles para pagar una hoja de horas aprobada; terminaron el {{date}}: la revisión del condado lleva {{late}}.',
      payRun: 'El Estado tiene 10 días hábiles para pagar una hoja de horas aprobada; terminaron el {{date}}: este pago lleva {{late}}.',
      deposit: 'Este depósito debía llegar a su banco el {{date}}: {{late}}. Revise primero su cuenta.',
      mail: 'Su cheque debía llegar a más tardar el {{date}}: {{late}}. El condado puede anularlo y enviarle uno nuevo.',
      call: 'Llame a la mesa de ayuda de su condado:',
    },
  },
};
