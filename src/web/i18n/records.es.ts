import type { Words } from './words';
import type { recordsEn } from './records.en';

/** Spanish words of 'Download my records' (see records.en.ts). */
export const recordsEs: Words<typeof recordsEn> = {
  records: {
    heading: 'Sus registros',
    intro: 'Guarde su propia copia de sus inicios de sesión, registros de entrada y salida, hojas de horas con cada decisión sobre ellas, mensajes con el condado y pagos. Vienen en un solo archivo ZIP de hojas de cálculo (CSV), con un archivo README que explica qué contiene cada uno.',
    privacy: 'Los archivos tienen solo sus propios registros, nunca información de salud de otra persona. Guárdelos en un lugar seguro.',
    download: 'Descargar mis registros',
    preparing: 'Preparando sus registros…',
  },
};
