import type { MessageCatalogue } from './en.js';

export const es: MessageCatalogue = {
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
  codeWrong: 'Ese código no es correcto. Intentos que le quedan: {{remaining}}.',
  codeExpired: 'Ese código venció o ya se usó. Pida un código nuevo.',
  codeTooManyTries: 'Demasiados códigos incorrectos. Pida un código nuevo.',
  flowExpired: 'Este paso venció. Empiece de nuevo, por favor.',
  answersWrong: 'Las respuestas no coinciden. Revíselas e intente de nuevo, o restablezca por correo electrónico.',
  questionsNotAllowed: 'Su condado no usa preguntas de seguridad. Restablezca su contraseña por correo electrónico.',
  tooManyRequests: 'Demasiados intentos desde esta red. Intente de nuevo en {{seconds}} segundos.',
  signInRequired: 'Inicie sesión para continuar.',
  sessionExpired: 'Se cerró su sesión porque terminó el tiempo. Inicie sesión de nuevo.',
  sessionIsCurrent: 'Esta es la sesión que está usando. Para cerrarla, elija “Cerrar sesión”.',
  forbidden: 'No tiene acceso a esto.',
  notFound: 'No pudimos encontrar eso.',
  csrf: 'Esta página no está actualizada. Vuelva a cargar la página e intente de nuevo.',
  badRequest: 'Algo en la solicitud no es correcto. Revise los campos marcados.',
  internal: 'Algo salió mal de nuestro lado. Su trabajo no se guardó. Intente de nuevo en un minuto.',
  // --- Datos que el portal no puede aceptar (issue #10) ---
  textControlChar:
    'Quite el carácter oculto en la posición {{position}} ({{character}}): suele venir con el texto copiado. Vuelva a escribir esa parte.',
  textOneLine: 'Escríbalo en una sola línea: quite el salto de línea o la tabulación en la posición {{position}}.',
  textTooShort: 'Use al menos {{min}} caracteres.',
  textTooLong: 'Use como máximo {{max}} caracteres.',
  dateOutOfRange: 'Escriba una fecha del {{min}} al {{max}}.',
  accuracyRange: 'La precisión de la ubicación debe ser 0, o de {{min}} a {{max}} metros.',
  valueNotStorable:
    'Un valor de esta solicitud no se puede guardar tal como está (un carácter, un número o una fecha fuera de rango). No se guardó nada. Revise lo que escribió e intente de nuevo.',
  valueBreaksRule:
    'Un valor de esta solicitud no cumple una de las reglas del portal, así que no se guardó nada. Revise lo que escribió, o vuelva a cargar la página si alguien lo cambió mientras tanto.',
  conflictWithRecord:
    'Esto choca con lo que ya está registrado, así que no se guardó nada. Puede que ya se haya guardado o que otra persona lo haya cambiado: vuelva a cargar la página y revise antes de intentar de nuevo.',
  requestUnreadable: 'El portal no pudo leer esta solicitud. Vuelva a cargar la página e intente de nuevo.',
  requestTooLarge: 'Es demasiado para enviar de una vez (como máximo {{limitKb}} KB). Acórtelo o divídalo, e intente de nuevo.',
  mediaTypeNotSupported: 'El portal solo lee solicitudes escritas en JSON. Vuelva a cargar la página e intente de nuevo.',
  addressMalformed: 'Esta dirección web no es correcta. Revísela, o regrese y siga el enlace otra vez.',
  // --- Jornada (issue #4) ---
  idempotencyKeyShape: 'A esta solicitud le falta su clave única. Vuelva a cargar la página e intente de nuevo.',
  idempotencyKeyReused: 'Esta clave única ya se usó para otra solicitud, así que no se cambió nada. Vuelva a cargar la página e intente de nuevo.',
  instantShape: 'Escriba una fecha y hora con su zona horaria.',
  timeShape: 'Escriba una hora como 09:30 (reloj de 24 horas).',
  monthShape: 'Escriba un mes en la forma AAAA-MM.',
  minutesShape: 'Escriba horas y minutos entre 0 y 25 horas.',
  rangeShape: 'La fecha final no puede ser anterior a la fecha inicial.',
  rangeTooLong: 'Elija como máximo {{days}} días a la vez.',
  locationTypeRequired: 'Elija dónde es la visita: “Hogar” o “Comunidad”.',
  correctionReasonShape: 'Diga en pocas palabras por qué corrige esta visita (de 3 a 500 caracteres).',
  correctionNeedsTime: 'Escriba la hora de entrada o de salida que quiere corregir.',
  startEndTogether: 'Escriba la hora de inicio y la de fin, o ninguna de las dos.',
  dayListedTwice: 'Cada día puede aparecer una sola vez.',
  preferenceListedTwice: 'Cada opción puede aparecer una sola vez.',
  rejectReasonShape: 'Diga por qué lo rechaza, en 3 a 500 caracteres, para que se pueda corregir.',
  notAssignedToCase:
    'Usted no está asignado al beneficiario {{caseNumber}} el {{date}}. Si debería estarlo, llame a la oficina de IHSS de su condado.',
  caseNotActive: 'El caso {{caseNumber}} no está activo el {{date}}, así que no se puede registrar tiempo. Llame a la oficina de IHSS de su condado.',
  evvLiveInExempt:
    'Como proveedor que vive con este beneficiario, usted no marca entrada ni salida. Escriba sus horas directamente en su hoja de horas.',
  evvDiscardOrCorrect: 'Corrija las horas o indique que la visita no ocurrió, pero no las dos cosas.',
  evvCheckOutBeforeCheckIn: 'La hora de salida es anterior a la de entrada ({{checkIn}}). Revise el reloj de su teléfono o corrija la visita.',
  evvTapInFuture:
    'La hora enviada es posterior a la hora actual. Revise que la fecha, la hora y la zona horaria de su teléfono se ajusten automáticamente e intente de nuevo.',
  timesheetBlocked_one: 'Esta hoja de horas todavía no se puede enviar: hay {{count}} problema que corregir. Abajo dice qué cambiar.',
  timesheetBlocked:
    'Esta hoja de horas todavía no se puede enviar: hay {{count}} problemas que corregir. Cada uno abajo dice qué cambiar.',
  timesheetReadOnly:
    'Esta hoja de horas ya se envió y no se puede cambiar. Para corregir un error, elija “Corregir”: eso crea una nueva versión y conserva esta.',
  timesheetEmpty: 'Esta hoja de horas no tiene tiempo. Escriba las horas que trabajó antes de enviarla.',
  timesheetVisitsStillScheduled_one:
    'Todavía hay {{count}} visita programada más adelante en este período de pago. Envíe ahora solo si ese trabajo ya terminó o irá en una corrección posterior.',
  timesheetVisitsStillScheduled:
    'Todavía hay {{count}} visitas programadas más adelante en este período de pago. Envíe ahora solo si ese trabajo ya terminó o irá en una corrección posterior.',
  timesheetDayOutsidePeriod: 'El {{date}} no está en este período de pago ({{start}} a {{end}}).',
  timesheetPeriodShape: 'Un período de pago empieza el día 1 o el día 16 del mes.',
  timesheetPeriodNotStarted: 'Este período de pago todavía no empieza. Podrá llenar su hoja de horas a partir del {{start}}.',
  timesheetNotCorrectable: 'Solo se puede corregir una hoja de horas enviada; esta todavía es un borrador que puede editar.',
  timesheetNotAwaitingDecision: 'Esta hoja de horas no está esperando su decisión.',
  timesheetAlreadyDecided: 'Esta hoja de horas ya tiene una decisión y no se puede cambiar. El proveedor puede enviar una versión corregida.',
  sickLeaveBlocked_one: 'Esta solicitud de licencia por enfermedad no se puede enviar: hay {{count}} problema. Abajo dice qué cambiar.',
  sickLeaveBlocked: 'Esta solicitud de licencia por enfermedad no se puede enviar: hay {{count}} problemas. Cada uno abajo dice qué cambiar.',
  sickLeaveAlreadyDecided: 'Esta solicitud de licencia por enfermedad ya fue decidida.',
  passwordWrong: 'Esa no es su contraseña actual. Escríbala para confirmar que es usted.',
  emailSameAsCurrent: 'Ese ya es su correo electrónico.',
  emailChangeNotPending: 'No hay ningún cambio de correo electrónico esperando un código. Empiece de nuevo.',
  phoneShape: 'Escriba un número de teléfono de EE. UU. de 10 dígitos, como (555) 010-0199.',
  streetShape: 'Escriba la dirección (calle y número).',
  cityShape: 'Escriba la ciudad.',
  stateShape: 'Escriba el estado con 2 letras, como CA.',
  zipShape: 'Escriba un código postal de 5 dígitos.',
  nothingToChange: 'No hay nada que cambiar.',
  visitEndsBeforeStart: 'La visita debe terminar después de empezar, el mismo día.',
  visitWeekdaysRequired: 'Elija los días de la semana en que se repite la visita.',
  visitUntilBeforeStart: 'El último día no puede ser anterior al primero.',
  visitProviderRequired: 'Elija con cuál de sus proveedores es esta visita.',
  // --- Consola del condado, mensajes y notificaciones (issue #6) ---
  securityNoticeLocked: 'Los avisos de seguridad (cambios de contraseña y de datos de contacto) se envían siempre. No se pueden desactivar.',
  eventStreamOnly: 'Esta dirección envía actualizaciones en vivo a la página del portal; ábrala como flujo de eventos.',
  numberRange: 'Escriba un número entero del {{min}} al {{max}}.',
  deactivateReasonShape: 'Indique un motivo de 3 a 500 caracteres. La persona lo verá si intenta iniciar sesión.',
  alreadyDeactivated: 'Esta cuenta ya está desactivada.',
  notDeactivated: 'Esta cuenta está activa; no hay nada que restablecer.',
  cannotChangeOwnAccount: 'No puede hacer esto con su propia cuenta. Pídaselo a otro administrador.',
  enrolmentStepDate: 'Escriba la fecha en que se completó este paso; no puede ser una fecha futura.',
  enrolmentBeforeBirth: 'Esta fecha es anterior a la fecha de nacimiento. Revísela.',
  firstNameShape: 'Escriba el nombre, de 1 a 100 caracteres.',
  nameShape: 'Escriba el nombre como aparece en la tarjeta del Seguro Social, de 1 a 100 caracteres.',
  staffUsernameTaken: 'Este nombre de usuario ya está en uso. Elija otro.',
  languagesShape: 'Ofrezca al menos un idioma.',
  helpPhoneShape: 'Escriba el teléfono de la mesa de ayuda, como (555) 010-0199.',
  subjectShape: 'Escriba un asunto de 1 a 200 caracteres.',
  messageBodyShape: 'Escriba un mensaje de 1 a 5,000 caracteres.',
  messageAsksForPassword:
    'Los mensajes nunca deben pedir una contraseña. Quite la solicitud: el condado nunca necesita la contraseña de nadie.',
  audienceEmpty: 'Nadie recibiría este mensaje: no hay proveedores activos en este grupo.',
  replyNotAllowed: 'Solo puede responder en una conversación de la que forma parte.',
  ackNotRequired: 'Este mensaje no pide una confirmación de lectura.',
  participantRequired: 'Elija a qué proveedor va dirigida esta respuesta.',
  caseNumberTaken: 'El número de caso {{caseNumber}} ya está en uso. Revise el número en el registro del condado.',
  assignmentOverlaps:
    'El proveedor {{providerId}} ya está asignado a este beneficiario durante parte de estas fechas. Termine o cambie esa asignación primero, o elija fechas posteriores a su fin.',
  providerNotFound: 'Ningún proveedor tiene el número de proveedor {{providerId}}. Revise el número de 9 dígitos en la carta de inscripción.',
  assignmentNotFound: 'Esta asignación no pertenece a este caso.',
  recipientAccountExists: 'Este beneficiario ya tiene una cuenta del portal (inicio de sesión: el número de caso).',
  endBeforeStart: 'La fecha de fin debe ser igual o posterior a la fecha de inicio.',
  wageRateDateTaken: 'Ya hay una tarifa desde el {{date}}. Elija otra fecha.',
  wageRateBeforeSubmitted:
    'Ya se enviaron hojas de horas hasta el {{periodEnd}} con la tarifa anterior, así que una tarifa puede comenzar el {{earliest}} como muy pronto. El pago atrasado de períodos anteriores es un ajuste de nómina.',
  noteShape:
    'Escriba una nota de 3 a 2,000 caracteres para el proveedor.',
  denialReasonRequired:
    'Elija al menos un motivo de la lista, cada uno una vez.',
  claimNotInReview:
    'Esta hoja de horas ya no espera una decisión del condado (ahora está {{status}}). Vuelva a cargar la lista.',
  claimWrongState:
    'No se puede hacer esto con una hoja de horas que está {{status}}.',
  payRunDemoOnly:
    'Las nóminas se inician según el calendario de pagos; iniciar una a mano es solo para la demostración.',
  settlementFileName:
    'Use un nombre de archivo de 200 caracteres como máximo.',
  settlementFileMissing:
    'Elija el archivo de confirmación.',
  settlementFileUnreadable:
    'No se pudo leer este archivo. Elija de nuevo el archivo CSV.',
  settlementTooLong:
    'El archivo es demasiado grande para una sola carga: divídalo en archivos de 10,000 pagos como máximo.',
  settlementHeader:
    'La primera línea del archivo debe ser exactamente “payment_number,paid_on,amount”. Use el archivo de confirmación tal como llegó de la Oficina del Contralor del Estado.',
  settlementEmpty:
    'El archivo no tiene pagos después de su primera línea.',
  settlementProblems:
    'No se registró nada. Líneas del archivo con un problema: {{count}}, indicadas abajo. Corríjalas, o pida un archivo corregido, y regístrelo de nuevo.',
  settlementLineShape:
    'Línea {{line}}: escriba un número de pago (como P2026-00000012), la fecha en que se pagó (AAAA-MM-DD) y el monto (como 1234.56), separados por comas.',
  settlementDuplicate:
    'Línea {{line}}: el pago {{number}} también está en la línea {{first}}. Deje solo una.',
  settlementUnknownPayment:
    'Línea {{line}}: ningún pago de su condado tiene el número {{number}}.',
  taxFormNotYet:
    'Su W-2 de {{year}} estará lista el {{date}}, cuando se haya emitido todo el pago del año.',
  settlementAmountDiffers:
    'Línea {{line}}: el pago {{number}} se emitió por {{expected}}, no por {{amount}}. Verifique el monto con la Oficina del Contralor del Estado.',
  settlementBeforeIssue:
    'Línea {{line}}: el pago {{number}} se emitió el {{issueDate}}, así que no pudo pagarse el {{paidOn}}.',
  settlementInFuture:
    'Línea {{line}}: {{paidOn}} es posterior a hoy. Registre un pago una vez que se haya pagado.',
  settlementPaidOtherDay:
    'Línea {{line}}: el pago {{number}} ya está registrado como pagado el {{paidOn}}.',
  settlementBeforeReturn:
    'Línea {{line}}: el banco devolvió el pago {{number}} el {{returnedOn}}, así que su pago reemitido no puede haberse pagado el {{paidOn}}.',
  returnsFileMissing:
    'Elija el archivo de devoluciones.',
  returnsHeader:
    'La primera línea del archivo debe ser exactamente “payment_number,returned_on,amount,reason”. Use el archivo de devoluciones tal como llegó de la Oficina del Contralor del Estado.',
  returnsEmpty:
    'El archivo no tiene depósitos devueltos después de su primera línea.',
  returnsLineShape:
    'Línea {{line}}: escriba un número de pago (como P2026-00000012), la fecha en que el banco lo devolvió (AAAA-MM-DD), el importe (como 1234.56) y el código de motivo de devolución del banco (como R02), separados por comas.',
  returnsUnknownReason:
    'Línea {{line}}: {{reason}} no es un motivo por el que un banco devuelve un depósito. Use uno de R02, R03, R04, R14, R15, R16, R17, R20, R23.',
  returnsNotPaid:
    'Línea {{line}}: el pago {{number}} no está registrado como pagado, así que el banco no puede haberlo devuelto. Registre primero su confirmación.',
  returnsBeforePaid:
    'Línea {{line}}: el pago {{number}} se pagó el {{paidOn}}, así que no puede haberse devuelto el {{returnedOn}}.',
  returnsInFuture:
    'Línea {{line}}: {{returnedOn}} es posterior a hoy. Registre una devolución cuando el banco la haya hecho.',
  returnsOtherReturn:
    'Línea {{line}}: el pago {{number}} ya está registrado como devuelto el {{returnedOn}} ({{reason}}).',
  returnReasonR02:
    'Su banco dice que la cuenta está cerrada.',
  returnReasonR03:
    'Su banco no encontró la cuenta, o la cuenta no está a su nombre.',
  returnReasonR04:
    'El número de cuenta no es un número de cuenta válido en su banco.',
  returnReasonR14:
    'Su banco dice que el representante de pago de la cuenta falleció o ya no puede actuar por usted.',
  returnReasonR15:
    'Su banco dice que el titular de la cuenta falleció.',
  returnReasonR16:
    'Su banco congeló la cuenta.',
  returnReasonR17:
    'Su banco no pudo usar los datos de la cuenta con los que se envió el depósito.',
  returnReasonR20:
    'La cuenta no acepta depósitos como este.',
  returnReasonR23:
    'El titular de la cuenta rechazó el depósito.',
  returnWhatToDoR02:
    'Inscriba una cuenta abierta para el depósito directo: en el Portal de Servicios Electrónicos de IHSS, con el formulario SOC 829 o con la Mesa de Ayuda de Depósito Directo para Proveedores al 1-866-376-7066 (opción 2).',
  returnWhatToDoR03:
    'Verifique con su banco los números de cuenta y de ruta, y luego corrija su depósito directo: en el Portal de Servicios Electrónicos de IHSS, con el formulario SOC 829 o con la Mesa de Ayuda de Depósito Directo para Proveedores al 1-866-376-7066 (opción 2).',
  returnWhatToDoR04:
    'Verifique con su banco el número de cuenta, y luego corrija su depósito directo: en el Portal de Servicios Electrónicos de IHSS, con el formulario SOC 829 o con la Mesa de Ayuda de Depósito Directo para Proveedores al 1-866-376-7066 (opción 2).',
  returnWhatToDoR14:
    'Llame a la oficina de IHSS de su condado para decir quién recibe ahora su pago.',
  returnWhatToDoR15:
    'Si es un error, llame ahora a su banco y a la oficina de IHSS de su condado.',
  returnWhatToDoR16:
    'Pregunte a su banco por qué la cuenta está congelada. Para recibir el pago en otra cuenta, inscríbala para el depósito directo: en el Portal de Servicios Electrónicos de IHSS, con el formulario SOC 829 o con la Mesa de Ayuda de Depósito Directo para Proveedores al 1-866-376-7066 (opción 2).',
  returnWhatToDoR17:
    'Verifique con su banco los números de cuenta y de ruta, y luego corrija su depósito directo: en el Portal de Servicios Electrónicos de IHSS, con el formulario SOC 829 o con la Mesa de Ayuda de Depósito Directo para Proveedores al 1-866-376-7066 (opción 2).',
  returnWhatToDoR20:
    'Pregunte a su banco qué cuenta acepta depósitos de nómina, o use una tarjeta de pago, e inscríbala para el depósito directo: en el Portal de Servicios Electrónicos de IHSS, con el formulario SOC 829 o con la Mesa de Ayuda de Depósito Directo para Proveedores al 1-866-376-7066 (opción 2).',
  returnWhatToDoR23:
    'Si usted no lo rechazó, llame a su banco. Para recibir el pago en otra cuenta, inscríbala para el depósito directo: en el Portal de Servicios Electrónicos de IHSS, con el formulario SOC 829 o con la Mesa de Ayuda de Depósito Directo para Proveedores al 1-866-376-7066 (opción 2).',
  returnReissue:
    'Su pago no se perdió: la Oficina del Contralor del Estado paga de nuevo un depósito devuelto, por lo general con un cheque en papel enviado por correo a su dirección registrada, lo que puede tardar unas semanas. Asegúrese de que la oficina de IHSS de su condado tenga su dirección postal actual.',
  providerSuspended:
    'No puede reclamar horas el {{date}}: después de una {{ordinal}} infracción, su elegibilidad para trabajar como proveedor de IHSS está {{consequence}} del {{start}} al {{end}}. Llame a la oficina de IHSS de su condado si cree que es un error.',
  violationDisputeClosed:
    'El plazo para disputar esta infracción terminó el {{deadline}}. Llame a la oficina de IHSS de su condado.',
  violationAlreadyDisputed:
    'Esta infracción ya se disputó; el condado responderá a más tardar el {{due}}.',
  violationNotDisputed:
    'Esta infracción no tiene una disputa abierta que decidir.',
  trainingNotOffered:
    'La oferta de capacitación no corresponde a esta infracción, o su plazo ya pasó.',
  violationOrdinal1: '1.ª',
  violationOrdinal2: '2.ª',
  violationOrdinal3: '3.ª',
  violationOrdinal4: '4.ª',
  providerSuspendedSuspended: 'suspendida',
  providerSuspendedEnded: 'terminada (inelegible)',
  // --- Second factors (issue #14) ---
  recoveryCodeShape: 'Escriba un código de recuperación: 10 letras y números, como 7KQM2-X9D4P.',
  passkeyNameShape: 'Dé a la llave de acceso un nombre de 1 a 60 caracteres, como “Mi teléfono”.',
  identityCheckRequired: 'Confirme que la persona demostró quién es antes de restablecer su segundo factor.',
  identityCheckShape: 'Escriba cómo demostró la persona quién es, en hasta 300 caracteres.',
  secondFactorRequired: 'Termine de iniciar sesión: escriba un código o use su llave de acceso.',
  secondFactorSetupRequired: 'Configure una segunda forma de iniciar sesión antes de continuar.',
  reauthRequired: 'Por su seguridad, confirme que es usted: escriba de nuevo su contraseña o un código.',
  factorCodeWrong: 'Ese código no es correcto. Revíselo e intente de nuevo; el código de una aplicación cambia cada 30 segundos.',
  recoveryCodeWrong: 'Ese código de recuperación no es correcto o ya se usó. Cada código sirve una sola vez.',
  passkeyNotAccepted: 'No se aceptó esa llave de acceso. Intente de nuevo o elija otra forma de iniciar sesión.',
  lastFactorRequired: 'Debe conservar al menos una segunda forma de iniciar sesión. Agregue otra antes de quitar esta.',
  textCodesUnavailable: 'Ahora no se pueden enviar mensajes de texto. Elija otra forma de iniciar sesión.',
  factorAlreadySetUp: 'Ya hay una aplicación de autenticación configurada. Quítela primero para configurar otra.',
  factorNotSetUp: 'Esa forma de iniciar sesión no está configurada en esta cuenta.',
  // --- Depósito directo (issue #15) ---
  routingNumberShape: 'Escriba el número de ruta de 9 dígitos: el primer número impreso en la parte de abajo de un cheque.',
  routingNumberCheck: 'Este no es un número de ruta bancario. Revise cada dígito con un cheque o con el sitio web de su banco.',
  accountNumberShape: 'Escriba el número de cuenta: de 4 a 17 dígitos, sin letras.',
  accountNumbersDiffer: 'Los dos números de cuenta no coinciden. Escriba de nuevo el número de cuenta.',
  accountTypeRequired: 'Elija cuenta de cheques o cuenta de ahorros.',
  payMethodRequired: 'Elija depósito directo o cheque en papel.',
  depositChangeNotCancellable: 'Este cambio ya no se puede cancelar: terminó su período de espera. Para recibir el pago de otra forma, haga un cambio nuevo.',
  filingStatusRequired: 'Elija su estado civil para efectos de la declaración.',
  relationshipRequired: 'Elija qué parentesco tiene el proveedor con el beneficiario.',
  dollarsWhole: 'Escriba dólares enteros, de ${{min}} a ${{max}}, sin centavos.',
  dollarsAndCents: 'Escriba una cantidad de ${{min}} a ${{max}}, como 25 o 25.50.',
  sdiElectionNotFamily: 'Solo un hijo, padre, madre o cónyuge del beneficiario puede elegir la cobertura del SDI.',
  deductionRateNotFuture: 'Las tarifas se aplican solo a pagos que aún no se han hecho: elija una fecha a partir del {{earliest}}.',
};
