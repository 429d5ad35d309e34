import type { LanguagePack } from './types';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const es: LanguagePack = {
  locale: 'es-US',
  name: 'Español',
  formatDuration(minutes) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return plural(m, 'minuto', 'minutos');
    if (m === 0) return plural(h, 'hora', 'horas');
    return `${plural(h, 'hora', 'horas')} y ${plural(m, 'minuto', 'minutos')}`;
  },
  evvElements: {
    serviceType: 'el tipo de servicio',
    recipient: 'quién recibió el cuidado',
    date: 'la fecha',
    location: 'el lugar (hogar o comunidad)',
    provider: 'quién dio el cuidado',
    startAndEndTime: 'la hora de inicio y de fin',
  },
  reasons: {
    OVER_MONTHLY_AUTHORIZED: {
      title: 'Estas horas pasan de las horas autorizadas de {{recipient}} para {{month}}.',
      howToFix:
        'A {{recipient}} le quedan {{remainingHours}} este mes. Reduzca sus horas para que quepan, o pídale a {{recipient}} que llame a su trabajador social si necesita más horas.',
    },
    OVER_ASSIGNED_HOURS: {
      title: '{{recipient}} le asignó {{assignedHours}} para {{month}}, y estas horas pasan de eso.',
      howToFix:
        'Le quedan {{remainingHours}} con {{recipient}} este mes. Reduzca sus horas, o pídale a {{recipient}} que le asigne más de sus horas antes de enviar la hoja de horas.',
    },
    OVER_WEEKLY_MAXIMUM: {
      title: 'Usted trabajó {{workedHours}} para {{recipient}} en la semana del {{week}}, más que sus horas semanales ({{weeklyMaximumHours}}).',
      howToFix:
        'Esto está permitido si {{recipient}} está de acuerdo, siempre que el total del mes no pase de sus horas. Esas horas se restan de otras semanas del mes, así que tendrá menos horas más adelante.',
    },
    OVER_66_HOURS: {
      title: 'Usted trabajó {{workedHours}} en la semana del {{week}}. Con más de un beneficiario, el límite es de 66 horas por semana.',
      howToFix:
        'Revise las horas de esta semana sumando a todos sus beneficiarios y manténgalas en 66 o menos. El tiempo de traslado no cuenta para las 66 horas. Si de verdad trabajó estas horas, llame a la oficina de IHSS de su condado: el tiempo trabajado se paga y el condado registra una infracción.',
    },
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: 'Usted anotó {{workedHours}} en la semana del {{week}}. Su exención permite hasta 90 horas por semana.',
      howToFix: 'Reduzca sus horas de esta semana a 90 o menos. Llame a la oficina de IHSS de su condado si cree que esto es un error.',
    },
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: 'Usted anotó {{workedHours}} en {{month}}. Su exención permite hasta 360 horas al mes.',
      howToFix: 'Reduzca sus horas de este mes a 360 o menos. Llame a la oficina de IHSS de su condado si cree que esto es un error.',
    },
    OVER_TRAVEL_LIMIT: {
      title: 'Usted anotó {{travelHours}} de traslado en la semana del {{week}}. El traslado se paga hasta 7 horas por semana.',
      howToFix:
        'Se le pagará, pero más de 7 horas de traslado en una semana cuenta como una infracción. Organice sus visitas para que el traslado no pase de 7 horas por semana.',
    },
    OVERTIME_WITHOUT_COUNTY_EXCEPTION: {
      title: 'Usted trabajó {{workedHours}} para {{recipient}} en la semana del {{week}}. Su caso permite {{weeklyMaximumHours}} por semana, así que las horas extras necesitan aprobación previa del condado.',
      howToFix:
        'Se le pagará el tiempo trabajado, pero esto cuenta como una infracción. Mantenga su semana con {{recipient}} en 40 horas o menos, o pídale a {{recipient}} que solicite una excepción a su trabajador social antes de que usted trabaje horas extras.',
    },
    OVER_USUAL_MONTHLY_OVERTIME: {
      title: 'Usted tiene {{overtimeHours}} de horas extras en {{month}}, más de las {{usualOvertimeHours}} que normalmente permiten las horas de sus beneficiarios.',
      howToFix:
        'Se le pagará el tiempo trabajado, pero esto cuenta como una infracción si el condado no lo aprobó. Reparta sus horas de forma más pareja entre las semanas, o pídale a su beneficiario que solicite una excepción a su trabajador social.',
    },
    OVER_70_PERCENT_FIRST_HALF: {
      title: 'Usted anotó {{firstHalfHours}} para {{recipient}} del 1 al 15: más del 70% de las {{monthlyHours}} del mes.',
      howToFix:
        'El condado revisará esta hoja de horas antes de pagarla. Verifique que las fechas y las horas sean correctas. Si lo son, no tiene que hacer nada más.',
    },
    PROVIDER_NOT_ELIGIBLE: {
      title: 'Usted no era proveedor activo de IHSS el {{date}}.',
      howToFix:
        'El condado revisará esto antes de pagarlo. Verifique la fecha. Si cree que era elegible ese día, llame a la oficina de IHSS de su condado o a la Autoridad Pública.',
    },
    RANDOM_HOLD: {
      title: 'Esta hoja de horas fue elegida al azar para la verificación de firmas del condado.',
      howToFix:
        'No tiene que hacer nada. Ser elegida no significa que algo esté mal: el condado compara las firmas y sus registros de entrada y salida, y luego la aprueba o le dice qué corregir.',
    },
    RECIPIENT_NOT_ELIGIBLE: {
      title: '{{recipient}} no era elegible para IHSS el {{date}}.',
      howToFix:
        'El condado revisará esto antes de pagarlo. Verifique la fecha. Pídale a {{recipient}} que llame a su trabajador social si cree que era elegible.',
    },
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: 'Según el condado, usted no trabajaba para {{recipient}} el {{date}}.',
      howToFix:
        'Verifique la fecha y el beneficiario. Si sí trabajó para {{recipient}} ese día, pídale que llame a su trabajador social para que lo agregue a su caso en esa fecha.',
    },
    OVERLAPPING_TIME: {
      title: 'El {{date}}, su horario de {{startTime}} a {{endTime}} se cruza con su horario de {{otherStartTime}} a {{otherEndTime}} con {{otherRecipient}}.',
      howToFix: 'Solo puede estar en un lugar a la vez. Corrija la hora de inicio o de fin para que no se crucen.',
    },
    IMPOSSIBLE_TIME: {
      title: 'El {{date}} usted anotó {{claimedHours}} entre las {{startTime}} y las {{endTime}}, que son solo {{spanHours}}.',
      howToFix: 'Corrija la hora de inicio, la hora de fin o las horas trabajadas para que las horas quepan entre ellas.',
    },
    MORE_HOURS_THAN_IN_DAY: {
      title: 'Usted anotó {{claimedHours}} el {{date}}, pero ese día tiene solo {{dayHours}}.',
      howToFix: 'Revise las horas de ese día para todos sus beneficiarios y corríjalas.',
    },
    FUTURE_TIME: {
      title: 'Usted anotó tiempo para el {{date}}, que todavía no ha llegado.',
      howToFix: 'Anote el tiempo solo después de trabajarlo. Quite este tiempo y agréguelo después de su turno.',
    },
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: 'Usted anotó {{travelHours}} de traslado el {{date}}, pero el traslado solo se paga cuando va directamente de un beneficiario a otro el mismo día.',
      howToFix:
        'Anote el traslado solo en la hoja de horas del beneficiario al que llegó, en un día en que trabajó para los dos beneficiarios. El traslado desde su casa no se paga.',
    },
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: 'Usted pidió {{requestedHours}} de licencia por enfermedad. Lo mínimo es 1 hora.',
      howToFix: 'Pida por lo menos 1 hora de licencia por enfermedad.',
    },
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: 'Usted pidió {{requestedHours}} de licencia por enfermedad. Después de la primera hora, se pide en medias horas.',
      howToFix: 'Cambie la cantidad a horas enteras o medias horas, por ejemplo 1 hora y 30 minutos o 2 horas.',
    },
    SICK_LEAVE_NOT_EARNED_YET: {
      title: 'Todavía no ha ganado licencia por enfermedad: ha trabajado {{workedHours}} de las {{neededHours}} necesarias.',
      howToFix: 'La licencia por enfermedad se gana después de trabajar 100 horas. Siga trabajando y podrá pedirla más adelante.',
    },
    SICK_LEAVE_NOT_USABLE_YET: {
      title: 'Ya ganó licencia por enfermedad, pero solo puede usarla a partir del {{usableDate}}.',
      howToFix: 'Pida la licencia para un día a partir del {{usableDate}}, o después de trabajar 200 horas más, lo que ocurra primero.',
    },
    SICK_LEAVE_OVER_BALANCE: {
      title: 'Usted pidió {{requestedHours}} de licencia por enfermedad, pero le quedan {{balanceHours}}.',
      howToFix: 'Pida {{balanceHours}} o menos. La licencia por enfermedad que no use se pierde el 30 de junio de cada año.',
    },
    SICK_LEAVE_SHORT_NOTICE: {
      title: 'Usted le avisó a su beneficiario {{noticeHours}} antes de su turno; la regla pide {{requiredHours}}.',
      howToFix:
        'La próxima vez, avise a su beneficiario con 48 horas de anticipación cuando pueda, o por lo menos 2 horas antes de su turno en una emergencia. Esto no impide que se le pague la licencia.',
    },
    EVV_MISSING_ELEMENT: {
      title: 'A su registro de visita le falta {{element}}.',
      howToFix: 'Abra la visita y agregue {{element}} antes de enviar. Corregirlo antes de enviar no tiene ninguna penalidad.',
    },
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: 'Su hora de salida del {{date}} es anterior a su hora de entrada.',
      howToFix: 'Corrija la hora de entrada o de salida de esa visita antes de enviar.',
    },
    EVV_LOCATION_FAR_FROM_HOME: {
      title: 'Su registro de entrada del {{date}} quedó a unos {{distanceMeters}} metros del domicilio de {{recipient}}.',
      howToFix:
        'No tiene que hacer nada: esto nunca detiene su pago. Si estaba con {{recipient}} en su casa, la ubicación del teléfono puede fallar dentro de los edificios. Si el domicilio está mal, pídale a {{recipient}} que lo actualice con su trabajador social.',
    },
    MISSING_RECIPIENT_APPROVAL: {
      title: '{{recipient}} no ha aprobado esta hoja de horas.',
      howToFix: 'Corrija y vuelva a enviar esta hoja de horas, y luego pídale a {{recipient}} (o a su representante) que la apruebe. El condado la paga solo después de que la apruebe.',
    },
    MISSING_PROVIDER_SIGNATURE: {
      title: 'Esta hoja de horas no tiene su firma.',
      howToFix: 'Firme la hoja de horas, o envíela por internet, y mándela de nuevo.',
    },
    SIGNATURE_DOES_NOT_MATCH: {
      title: 'Una firma en esta hoja de horas no coincide con la que está registrada.',
      howToFix: 'Llame a la oficina de IHSS de su condado. Es posible que tenga que firmar un formulario nuevo en persona.',
    },
    HOURS_NOT_SUPPORTED_BY_EVV: {
      title: 'Las horas de esta hoja no coinciden con sus registros de entrada y salida.',
      howToFix: 'Revise sus visitas de esos días, corrija las horas o las visitas y envíela de nuevo.',
    },
    DUPLICATE_CLAIM: {
      title: 'Estas horas ya se cobraron en otra hoja de horas.',
      howToFix: 'No cobre las mismas horas dos veces. Para cambiar una hoja que ya envió, mande una corrección.',
    },
    INCOMPLETE_TIMESHEET: {
      title: 'Esta hoja de horas está incompleta o no se puede leer bien.',
      howToFix: 'Llene cada día y el total con claridad, fírmela y mándela de nuevo. Usar el sitio web o la aplicación evita este problema.',
    },
    RECIPIENT_IN_HOSPITAL_OR_FACILITY: {
      title: '{{recipient}} estaba en un hospital o en un centro de cuidado esos días.',
      howToFix: 'No se pagan horas de IHSS por los días en que el beneficiario estaba en un hospital o centro. Quite esos días. Llame a su condado si las fechas están mal.',
    },
    NO_TRAVEL_AGREEMENT: {
      title: 'Todavía no se puede pagar el tiempo de traslado: el condado no tiene su acuerdo de traslado (SOC 2255).',
      howToFix:
        'Llene y firme el formulario SOC 2255 y envíelo a la oficina de IHSS de su condado. Cuando esté registrado, corrija y vuelva a enviar esta hoja de horas para que se le pague el traslado.',
    },
    DAY_WITHOUT_HOURS: {
      title: 'El {{date}} no tiene horas: no se pagaría.',
      howToFix: 'Anote las horas trabajadas, o una hora de inicio y de fin, para el {{date}}. Si no trabajó ese día, borre sus campos.',
    },
  },
  // Después de que el condado niega una hoja de horas: las reglas de cada consejo están citadas en en.ts.
  denied: {
    OVER_MONTHLY_AUTHORIZED: {
      title: 'Estas horas pasan de las horas autorizadas de {{recipient}} para el mes.',
      howToFix:
        'En la versión corregida, reduzca sus horas para que el mes no pase de las horas autorizadas de {{recipient}}. Solo el trabajador social de {{recipient}} puede agregar horas: pídale a {{recipient}} que lo llame si necesita más.',
    },
    OVER_ASSIGNED_HOURS: {
      title: 'Estas horas pasan de las horas que {{recipient}} le asignó para el mes.',
      howToFix:
        'En la versión corregida, reduzca sus horas a las que {{recipient}} le asignó. Si necesita más, pídale a {{recipient}} que le asigne más de sus horas antes de volver a enviarla.',
    },
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: 'En al menos una semana, estas horas pasan de las 90 horas por semana que permite su exención.',
      howToFix:
        'En la versión corregida, mantenga cada semana en 90 horas o menos, sumando a todos sus beneficiarios. Si cree que su exención está mal, llame a la oficina de IHSS de su condado.',
    },
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: 'Estas horas pasan de las 360 horas al mes que permite su exención.',
      howToFix:
        'En la versión corregida, mantenga el mes en 360 horas o menos, sumando a todos sus beneficiarios. Si cree que su exención está mal, llame a la oficina de IHSS de su condado.',
    },
    OVER_70_PERCENT_FIRST_HALF: {
      title: 'Más del 70% de las horas del mes de {{recipient}} están del 1 al 15.',
      howToFix:
        'El condado no aceptó estas horas. En la versión corregida, anote solo las horas que de verdad trabajó cada día; sus registros de entrada y salida le ayudan. Si todas las horas son correctas, llame a la oficina de IHSS de su condado antes de volver a enviarla.',
    },
    PROVIDER_NOT_ELIGIBLE: {
      title: 'Usted no era proveedor activo de IHSS en algunos de los días anotados.',
      howToFix:
        'En la versión corregida, quite los días en que no era proveedor activo. Si cree que era elegible esos días, llame a la oficina de IHSS de su condado o a la Autoridad Pública antes de volver a enviarla.',
    },
    RECIPIENT_NOT_ELIGIBLE: {
      title: '{{recipient}} no era elegible para IHSS en algunos de los días anotados.',
      howToFix:
        'En la versión corregida, quite los días en que {{recipient}} no era elegible. Si {{recipient}} cree que era elegible, pídale que llame a su trabajador social antes de volver a enviarla.',
    },
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: 'Usted no estaba asignado al caso de {{recipient}} en algunos de los días anotados.',
      howToFix:
        'En la versión corregida, quite esos días. Si sí trabajó para {{recipient}} esos días, pídale que llame a su trabajador social para que lo agregue a su caso en esas fechas, y luego vuelva a enviarla.',
    },
    OVERLAPPING_TIME: {
      title: 'Algunas de sus horas se cruzan con horas que anotó para otro beneficiario.',
      howToFix:
        'Solo puede estar en un lugar a la vez. En la versión corregida, corrija las horas de inicio y de fin para que no se crucen con su tiempo con otros beneficiarios.',
    },
    IMPOSSIBLE_TIME: {
      title: 'Algunos días, las horas trabajadas no caben entre la hora de inicio y la de fin.',
      howToFix: 'En la versión corregida, corrija la hora de inicio, la hora de fin o las horas trabajadas para que las horas quepan entre ellas.',
    },
    MORE_HOURS_THAN_IN_DAY: {
      title: 'Algunos días tienen anotadas más horas de las que tiene el día.',
      howToFix: 'En la versión corregida, revise las horas de esos días sumando a todos sus beneficiarios y anote solo las horas que trabajó.',
    },
    FUTURE_TIME: {
      title: 'Esta hoja de horas tiene tiempo anotado en días que todavía no habían llegado.',
      howToFix: 'En la versión corregida, quite el tiempo que todavía no había trabajado cuando la envió. Anote solo el tiempo que ya trabajó.',
    },
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: 'Esta hoja de horas tiene traslado que no es entre dos beneficiarios el mismo día.',
      howToFix:
        'En la versión corregida, quite ese traslado. El traslado solo se paga cuando va directamente de un beneficiario a otro en un día en que trabaja para los dos; el traslado desde su casa no se paga.',
    },
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: 'La licencia por enfermedad de este periodo de pago es de menos de 1 hora.',
      howToFix:
        'La licencia por enfermedad se toma en por lo menos 1 hora. Llame a la oficina de IHSS de su condado para corregir la licencia de este periodo de pago y luego corrija y vuelva a enviar esta hoja de horas.',
    },
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: 'La licencia por enfermedad de este periodo de pago no está en horas enteras o medias horas.',
      howToFix:
        'Después de la primera hora, la licencia por enfermedad se toma en medias horas. Llame a la oficina de IHSS de su condado para corregir la licencia de este periodo de pago y luego corrija y vuelva a enviar esta hoja de horas.',
    },
    SICK_LEAVE_NOT_EARNED_YET: {
      title: 'La licencia por enfermedad de este periodo de pago se pidió antes de ganarla.',
      howToFix:
        'La licencia por enfermedad se gana después de 100 horas de trabajo. Llame a la oficina de IHSS de su condado por la licencia de este periodo de pago y luego corrija y vuelva a enviar esta hoja de horas.',
    },
    SICK_LEAVE_NOT_USABLE_YET: {
      title: 'La licencia por enfermedad de este periodo de pago se pidió antes de poder usarla.',
      howToFix:
        'La licencia por enfermedad se puede usar después de 200 horas más de trabajo o 60 días después de ganarla, lo que ocurra primero. Llame a la oficina de IHSS de su condado por la licencia de este periodo de pago y luego corrija y vuelva a enviar esta hoja de horas.',
    },
    SICK_LEAVE_OVER_BALANCE: {
      title: 'La licencia por enfermedad de este periodo de pago es más de la que le quedaba.',
      howToFix:
        'Llame a la oficina de IHSS de su condado para reducir la licencia de este periodo de pago a la que le queda y luego corrija y vuelva a enviar esta hoja de horas.',
    },
    EVV_MISSING_ELEMENT: {
      title: 'A una visita de esta hoja de horas le falta información que necesita su registro EVV.',
      howToFix:
        'Abra sus visitas de este periodo de pago y agregue lo que falta, como el lugar o la hora de inicio y de fin. Luego corrija y vuelva a enviar esta hoja de horas.',
    },
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: 'Una visita de esta hoja de horas tiene la salida antes de la entrada.',
      howToFix: 'Corrija la hora de entrada o de salida de esa visita y luego corrija y vuelva a enviar esta hoja de horas con las horas que trabajó.',
    },
  },
};
