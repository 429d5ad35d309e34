import type { phonesSessionsEn } from './phones-sessions.en';
import type { Words } from './words';

/** Spanish words of the phone header and menu, taps kept over a sign-in, and the recipient's confirmed approval. */
export const phonesSessionsEs: Words<typeof phonesSessionsEn> = {
  siteMenu: {
    open: 'Menú',
    label: 'Menú principal',
    account: 'Su cuenta',
    dashboard: 'Inicio',
    checkIn: 'Registrar entrada y salida',
    visits: 'Visitas',
    timesheets: 'Hojas de horas',
    sickLeave: 'Licencia por enfermedad',
    claims: 'Reclamos',
    payments: 'Pagos',
    violations: 'Infracciones',
    recipients: 'Beneficiarios',
    messages: 'Mensajes',
    profile: 'Perfil',
    review: 'Hojas de horas para revisar',
    console: 'Consola del condado',
    cases: 'Beneficiarios y casos',
    enrolments: 'Inscripciones',
    countyReview: 'Revisión de hojas de horas',
    countyMessages: 'Mensajes',
    unlock: 'Desbloquear una cuenta',
    settings: 'Configuración del condado',
    countyAdmins: 'Administradores del condado',
    security: 'Inicio de sesión y seguridad',
  },
  keptTaps: {
    heading_one: 'Hay un registro esperando en este teléfono',
    heading: 'Hay {{count}} registros esperando en este teléfono',
    checkIn: 'Entrada registrada {{at}}',
    checkOut: 'Salida registrada {{at}}',
    afterSignIn:
      'Su sesión terminó antes de poder enviarlo. Se guarda en este teléfono y se enviará con la hora en que lo tocó en cuanto vuelva a iniciar sesión.',
    onlyTheirs: 'Solo se envía cuando inicia sesión el proveedor que lo registró. Nunca se registra a nombre de otra persona.',
    otherAccountHeading: 'Hay un registro de otra cuenta guardado en este teléfono',
    otherAccountText:
      'Una entrada o salida registrada en este teléfono por otra cuenta no se ha enviado. No se registrará a su nombre: queda en este teléfono y se enviará cuando ese proveedor vuelva a iniciar sesión aquí.',
  },
  approval: {
    heading: '¿Aprobar estas horas?',
    intro: 'Está aprobando las horas que {{name}} trabajó para usted del {{span}}.',
    day: 'Día',
    hours: 'Horas trabajadas',
    travel: 'Viaje',
    total: 'Total',
    totalLine: 'Total: {{worked}} trabajadas y {{travel}} de viaje',
    noDays: 'No se registraron horas en este período.',
    confirm: 'Sí, aprobar estas horas',
    cancel: 'Volver',
  },
};
