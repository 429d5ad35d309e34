import type { consolePaymentsEn } from './console-payments.en';
import type { WebCatalogue } from './en';

/** Spanish words of payroll's Payments page; the same keys as console-payments.en.ts. */
export const consolePaymentsEs: Pick<WebCatalogue, keyof typeof consolePaymentsEn> = {
  staffPayments: {
    title: 'Pagos',
    consoleHint: 'Pagos emitidos a los proveedores de su condado, y la confirmación del banco de que se pagaron.',
    intro: 'La nómina emite cada pago. El pago queda pagado cuando la Oficina del Contralor del Estado confirma el depósito o el cheque cobrado: registre aquí su archivo de confirmación.',
    totalsHeading: 'Totales',
    count: 'Pagos',
    settleHeading: 'Registrar pagos pagados',
    fileLabel: 'Archivo de confirmación (CSV)',
    fileHint:
      'El archivo de la Oficina del Contralor del Estado. Su primera línea es payment_number,paid_on,amount; luego un pago por línea, por ejemplo P2026-00000012,2026-11-20,1234.56. No se registra nada a menos que todas las líneas estén bien.',
    record: 'Registrar pagos como pagados',
    recording: 'Registrando…',
    recorded: 'Archivo {{fileName}}. Pagos registrados como pagados ahora: {{recorded}}. Ya registrados antes: {{already}}.',
    demoHeading: 'Depósitos (demostración)',
    demoIntro: 'Solo en modo de demostración: registre como pagados hoy todos los pagos emitidos de su condado, como lo haría el archivo del banco.',
    demoButton: 'Registrar los depósitos de hoy (demostración)',
    demoNothing: 'Ningún pago emitido espera ser registrado como pagado.',
    listHeading: 'Pagos del condado',
    statusLabel: 'Estado',
    anyStatus: 'Cualquier estado',
    show: 'Mostrar pagos',
    shown: 'Pagos mostrados: {{count}} (los más recientes primero, 100 como máximo).',
    empty: 'Ningún pago coincide.',
    tableCaption: 'Pagos, los más recientes primero',
    number: 'Pago',
    provider: 'Proveedor',
    recipient: 'Beneficiario',
    period: 'Período de pago',
    issued: 'Emitido',
    paidOn: 'Pagado el',
    gross: 'Bruto',
    notYet: 'Todavía no',
  },
};
