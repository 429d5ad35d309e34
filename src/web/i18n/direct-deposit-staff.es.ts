import type { Words } from './words';
import type { directDepositStaffEn } from './direct-deposit-staff.en';

/** Spanish words of direct deposit in the county console (see direct-deposit-staff.en.ts). */
export const directDepositStaffEs: Words<typeof directDepositStaffEn> = {
  directDepositStaff: {
    waitingHeading: 'Cambios de depósito directo en espera',
    waitingIntro: 'Cambios de cuenta de banco en el período de espera del condado, o en revisión con el banco. Mientras un cambio está en su período de espera, cancélelo si el proveedor dice que no lo hizo.',
    waitingEmpty: 'No hay cambios de depósito directo en espera.',
    waitingCaption: 'Cambios de depósito directo en espera, el más próximo primero',
    provider: 'Proveedor',
    newWay: 'Nueva forma de pago',
    askedOn: 'Pedido el',
    status: 'Estado',
    usedFrom: 'Se usa desde',
    notices: 'Avisos enviados',
    action: 'Acción',
    holdUntil: '{{status}} hasta que termine el {{date}}',
    cancel: 'Cancelar',
    cancelLabel: 'Cancelar el cambio de {{name}}',
    cancelled: 'El cambio de {{name}} está cancelado; el pago del proveedor sigue yendo adonde va ahora.',
    noticeEmail: 'Correo a {{to}}: {{status}}',
    noticeSms: 'Texto a {{to}}: {{status}}',
    noticeStatus: {
      pending: 'por enviar',
      sent: 'enviado',
      skipped: 'no enviado',
    },
    accountHeading: 'Depósito directo',
    payGoesTo: 'El pago va a',
    waitingChange: 'Cambio en espera',
    noChange: 'Ninguno',
    cancelledBy: {
      provider: 'Cancelado por el proveedor',
      county: 'Cancelado por el condado',
    },
    holdHeading: 'Período de espera del depósito directo',
    holdIntro: 'Un cambio de cuenta de banco de un proveedor espera esta cantidad de días hábiles antes de la prenotificación del banco, para que el proveedor o el condado puedan cancelar un cambio que el proveedor no hizo. Se aplica a los cambios hechos de ahora en adelante.',
    holdLabel: 'Días hábiles (de {{min}} a {{max}})',
    holdHint: 'Si el condado no fija otro número, {{days}}.',
    holdSave: 'Guardar período de espera',
    holdSaved_one: 'Guardado: los cambios hechos de ahora en adelante esperan {{count}} día hábil.',
    holdSaved: 'Guardado: los cambios hechos de ahora en adelante esperan {{count}} días hábiles.',
  },
};
