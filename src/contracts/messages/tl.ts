import type { MessageCatalogue } from './en.js';

/** Tagalog messages of the API and the web's instant checks: the same keys and {{placeholders}} as en.ts. */
export const tl: MessageCatalogue = {
  required: 'Kailangang punan ito.',
  providerIdShape:
    'Gamitin ang 9-digit na Numero ng Provider mula sa sulat ng iyong county, hindi ang iyong Social Security number.',
  caseNumberShape: 'Gamitin ang 7-digit na numero ng kaso mula sa abiso ng iyong county.',
  staffUsernameShape:
    'Gamitin ang iyong username ng kawani: maliliit na titik, numero, tuldok o gitling, hindi bababa sa 3.',
  lastNameShape: 'Ilagay ang iyong apelyido gaya ng pagkakatala ng county.',
  dateShape: 'Maglagay ng totoong petsa: buwan, araw at taon.',
  dateOfBirthRange: 'Ilagay ang iyong petsa ng kapanganakan; dapat ay nakaraan na ito.',
  ssnLast4Shape: 'Ilagay ang huling 4 na numero ng iyong Social Security number.',
  emailShape: 'Maglagay ng email address gaya ng pangalan@example.com.',
  codeShape: 'Ilagay ang 6-digit na code mula sa email.',
  passwordTooShort:
    'Gumamit ng hindi bababa sa {{min}} character. Ang ilang salitang walang kaugnayan sa isa’t isa ay matibay at madaling tandaang password.',
  passwordTooLong: 'Gumamit ng hindi hihigit sa {{max}} character.',
  passwordCommon: 'Nasa listahan ng karaniwan o nag-leak na password ang password na ito. Pumili ng iba.',
  passwordContainsId: 'Hindi dapat maglaman ang iyong password ng iyong Numero ng Provider, numero ng kaso o username.',
  passwordsDiffer: 'Hindi magkatugma ang dalawang password.',
  answerShape: 'Sagutin ang bawat tanong nang 2 hanggang 100 character.',
  questionsDistinct: 'Pumili ng 3 magkakaibang tanong.',
  invalidCredentials:
    'Hindi tama ang ID o password. Suriin ang mga ito at subukang muli. Kung hindi ka pa nakakagawa ng account, piliin ang “Gumawa ng account”.',
  accountLocked:
    'Naka-lock ang iyong account hanggang {{until}} dahil sa sobrang daming bigong pag-sign in. Para i-unlock ito ngayon, palitan ang iyong password sa pamamagitan ng email, o tumawag sa help desk ng iyong county sa {{phone}}.',
  accountDeactivated:
    'Na-deactivate ng county ang account na ito: {{reason}}. Tumawag sa help desk ng iyong county sa {{phone}}.',
  identityNotMatched:
    'Hindi namin maitugma ang mga detalyeng ito sa talaan ng county. Ihambing ang bawat isa sa sulat ng iyong county. Kung tama ang mga ito, tumawag sa help desk ng iyong county.',
  alreadySetUp: 'Nagawa na ang account na ito. Mag-sign in, o piliin ang “Nakalimutan ang password?”.',
  codeWrong: 'Hindi tama ang code na iyan. Natitirang subok: {{remaining}}.',
  codeExpired: 'Nag-expire na o nagamit na ang code na iyan. Humingi ng bagong code.',
  codeTooManyTries: 'Sobrang dami ng maling code. Humingi ng bagong code.',
  flowExpired: 'Nag-expire na ang hakbang na ito. Pakisimulang muli.',
  answersWrong: 'Hindi tugma ang mga sagot. Suriin ang mga ito at subukang muli, o palitan ang password sa pamamagitan ng email.',
  questionsNotAllowed:
    'Hindi gumagamit ng mga tanong pangseguridad ang iyong county. Palitan ang iyong password sa pamamagitan ng email.',
  tooManyRequests: 'Sobrang daming pagtatangka mula sa network na ito. Subukang muli pagkalipas ng {{seconds}} segundo.',
  signInRequired: 'Paki-sign in para magpatuloy.',
  sessionExpired: 'Na-sign out ka dahil natapos ang iyong session. Paki-sign in ulit.',
  sessionIsCurrent: 'Ito ang session na ginagamit mo. Para tapusin ito, piliin ang “Mag-sign out”.',
  forbidden: 'Wala kang access dito.',
  notFound: 'Hindi namin iyon mahanap.',
  csrf: 'Luma na ang pahinang ito. I-reload ang pahina at subukang muli.',
  badRequest: 'May hindi tama sa kahilingan. Suriin ang mga naka-highlight na field.',
  internal:
    'May nangyaring mali sa aming panig. Hindi na-save ang iyong ginawa. Pakisubukang muli pagkalipas ng isang minuto.',
  // --- Input the portal cannot take (issue #10) ---
  textControlChar:
    'Alisin ang nakatagong character sa posisyon {{position}} ({{character}}): madalas itong kasama ng kinopyang teksto. I-type ulit ang bahaging iyon.',
  textOneLine: 'Isulat ito sa iisang linya: alisin ang line break o tab sa posisyon {{position}}.',
  textTooShort: 'Gumamit ng hindi bababa sa {{min}} character.',
  textTooLong: 'Gumamit ng hindi hihigit sa {{max}} character.',
  dateOutOfRange: 'Maglagay ng petsa mula {{min}} hanggang {{max}}.',
  accuracyRange: 'Ang katumpakan ng lokasyon ay dapat 0, o mula {{min}} hanggang {{max}} metro.',
  valueNotStorable:
    'May halaga sa kahilingang ito na hindi mase-save gaya ng pagkakasulat (isang character, numero o petsang lampas sa saklaw). Walang na-save. Suriin ang inilagay mo at subukang muli.',
  valueBreaksRule:
    'May halaga sa kahilingang ito na lumalabag sa isa sa mga tuntunin ng portal, kaya walang na-save. Suriin ang inilagay mo, o i-reload ang pahina kung may ibang nagbago nito samantala.',
  conflictWithRecord:
    'Salungat ito sa nakatala na, kaya walang na-save. Maaaring na-save na ito o binago ng iba: i-reload ang pahina at suriin bago subukang muli.',
  requestUnreadable: 'Hindi mabasa ng portal ang kahilingang ito. I-reload ang pahina at subukang muli.',
  requestTooLarge:
    'Sobrang dami nito para ipadala nang sabay (hanggang {{limitKb}} KB lang). Paikliin ito, o hatiin, at subukang muli.',
  mediaTypeNotSupported: 'Mga kahilingang nakasulat sa JSON lang ang binabasa ng portal. I-reload ang pahina at subukang muli.',
  addressMalformed: 'Hindi tama ang web address na ito. Suriin ito, o bumalik at sundan ulit ang link.',
  // --- Workday (issue #4) ---
  idempotencyKeyShape: 'Kulang ang kahilingang ito ng isang beses na susi nito. I-reload ang pahina at subukang muli.',
  idempotencyKeyReused:
    'Nagamit na ang isang beses na susing ito sa ibang kahilingan, kaya walang nabago. I-reload ang pahina at subukang muli.',
  instantShape: 'Maglagay ng petsa at oras kasama ang time zone nito.',
  timeShape: 'Maglagay ng oras gaya ng 09:30 (24-oras na orasan).',
  monthShape: 'Maglagay ng buwan na nakasulat bilang YYYY-MM.',
  minutesShape: 'Maglagay ng oras at minuto mula 0 hanggang 25 oras.',
  rangeShape: 'Hindi dapat mauna ang petsa ng pagtatapos sa petsa ng simula.',
  rangeTooLong: 'Pumili ng hanggang {{days}} araw lang sa isang pagkakataon.',
  locationTypeRequired: 'Piliin kung saan ang pagbisita: “Bahay” o “Komunidad”.',
  correctionReasonShape: 'Sabihin sa ilang salita kung bakit mo itinatama ang pagbisitang ito (3 hanggang 500 character).',
  correctionNeedsTime: 'Ilagay ang oras ng check-in o check-out na itatama.',
  startEndTogether: 'Ilagay ang oras ng simula at ng tapos, o huwag ilagay ang alinman.',
  dayListedTwice: 'Isang beses lang maaaring ilista ang bawat araw.',
  preferenceListedTwice: 'Isang beses lang maaaring ilista ang bawat pagpipilian.',
  rejectReasonShape: 'Sabihin kung bakit mo ito tinatanggihan, sa 3 hanggang 500 character, para maayos ito.',
  notAssignedToCase:
    'Hindi ka nakatalaga sa tatanggap na {{caseNumber}} noong {{date}}. Kung dapat ay nakatalaga ka, tumawag sa tanggapan ng IHSS sa iyong county.',
  caseNotActive:
    'Hindi aktibo ang kaso {{caseNumber}} noong {{date}}, kaya hindi maitatala ang oras para dito. Tumawag sa tanggapan ng IHSS sa iyong county.',
  evvLiveInExempt:
    'Bilang live-in provider ng tatanggap na ito, hindi ka nagche-check in at check out. Ilagay nang direkta ang iyong mga oras sa iyong timesheet.',
  evvDiscardOrCorrect: 'Itama ang mga oras o sabihing hindi nangyari ang pagbisita, hindi pareho.',
  evvCheckOutBeforeCheckIn:
    'Mas maaga ang oras ng check-out kaysa sa oras ng check-in ({{checkIn}}). Suriin ang orasan ng iyong telepono, o itama ang pagbisita.',
  evvTapInFuture:
    'Mas huli kaysa ngayon ang oras na ipinadala. Tiyaking awtomatikong nakatakda ang petsa, oras at time zone ng iyong telepono, pagkatapos ay subukang muli.',
  timesheetBlocked_one:
    'Hindi pa maisusumite ang timesheet na ito: kailangan munang ayusin ang {{count}} problema. Sinasabi sa ibaba kung ano ang babaguhin.',
  timesheetBlocked:
    'Hindi pa maisusumite ang timesheet na ito: kailangan munang ayusin ang {{count}} problema. Sinasabi ng bawat isa sa ibaba kung ano ang babaguhin.',
  timesheetReadOnly:
    'Naisumite na ang timesheet na ito at hindi na mababago. Para ayusin ang mali, piliin ang “Itama”: gagawa ito ng bagong bersyon at itatago ang bersyong ito.',
  timesheetEmpty: 'Walang oras sa timesheet na ito. Ilagay ang mga oras na nagtrabaho ka bago magsumite.',
  timesheetVisitsStillScheduled_one:
    'May {{count}} pagbisita pang nakaiskedyul sa susunod na mga araw ng yugto ng pagbabayad na ito. Magsumite ngayon kung tapos na ang trabahong iyon o ilalagay ito sa isang pagtatama mamaya.',
  timesheetVisitsStillScheduled:
    'May {{count}} pagbisita pang nakaiskedyul sa susunod na mga araw ng yugto ng pagbabayad na ito. Magsumite ngayon kung tapos na ang trabahong iyon o ilalagay ito sa isang pagtatama mamaya.',
  timesheetDayOutsidePeriod: 'Wala ang {{date}} sa yugto ng pagbabayad na ito ({{start}} hanggang {{end}}).',
  timesheetPeriodShape: 'Nagsisimula ang yugto ng pagbabayad sa ika-1 o ika-16 ng buwan.',
  timesheetPeriodNotStarted:
    'Hindi pa nagsisimula ang yugto ng pagbabayad na ito. Maaari mong punan ang timesheet nito simula {{start}}.',
  timesheetNotCorrectable:
    'Ang naisumiteng timesheet lang ang maaaring itama; draft pa ang timesheet na ito na maaari mong baguhin.',
  timesheetNotAwaitingDecision: 'Hindi naghihintay ng iyong desisyon ang timesheet na ito.',
  timesheetAlreadyDecided:
    'May desisyon na ang timesheet na ito; hindi na ito mababago. Maaaring magsumite ang provider ng itinamang bersyon.',
  sickLeaveBlocked_one:
    'Hindi maipapadala ang hiling na sick leave na ito: may {{count}} problema. Sinasabi sa ibaba kung ano ang babaguhin.',
  sickLeaveBlocked:
    'Hindi maipapadala ang hiling na sick leave na ito: may {{count}} problema. Sinasabi ng bawat isa sa ibaba kung ano ang babaguhin.',
  sickLeaveAlreadyDecided: 'May desisyon na ang hiling na sick leave na ito.',
  passwordWrong: 'Hindi iyan ang kasalukuyan mong password. Ilagay ito para kumpirmahing ikaw ito.',
  emailSameAsCurrent: 'Iyan na ang iyong email address.',
  emailChangeNotPending: 'Walang pagpapalit ng email na naghihintay ng code. Magsimulang muli.',
  phoneShape: 'Maglagay ng 10-digit na numero ng telepono sa U.S., gaya ng (555) 010-0199.',
  streetShape: 'Ilagay ang kalye at numero ng bahay.',
  cityShape: 'Ilagay ang lungsod.',
  stateShape: 'Ilagay ang estado sa 2 titik, gaya ng CA.',
  zipShape: 'Maglagay ng 5-digit na ZIP code.',
  nothingToChange: 'Walang babaguhin.',
  visitEndsBeforeStart: 'Dapat matapos ang pagbisita pagkatapos itong magsimula, sa parehong araw.',
  visitWeekdaysRequired: 'Piliin ang mga araw ng linggo kung kailan inuulit ang pagbisita.',
  visitUntilBeforeStart: 'Hindi dapat mauna ang huling araw sa unang araw.',
  visitProviderRequired: 'Piliin kung sino sa iyong mga provider ang kasama sa pagbisitang ito.',
  // --- County console, messages and notifications (issue #6) ---
  securityNoticeLocked:
    'Palaging ipinapadala ang mga abiso sa seguridad (pagpapalit ng password at paraan ng pakikipag-ugnayan). Hindi ito maaaring patayin.',
  eventStreamOnly: 'Nagpapadala ang address na ito ng mga live na update sa pahina ng portal; buksan ito bilang event stream.',
  numberRange: 'Maglagay ng buong numero mula {{min}} hanggang {{max}}.',
  deactivateReasonShape:
    'Magbigay ng dahilan na may 3 hanggang 500 character. Makikita ito ng tao kapag sinubukan niyang mag-sign in.',
  alreadyDeactivated: 'Naka-deactivate na ang account na ito.',
  notDeactivated: 'Aktibo ang account na ito; walang ibabalik.',
  cannotChangeOwnAccount: 'Hindi mo ito magagawa sa sarili mong account. Humingi ng tulong sa ibang administrador.',
  enrolmentStepDate: 'Ilagay ang petsa kung kailan natapos ang hakbang na ito; hindi ito maaaring nasa hinaharap.',
  enrolmentBeforeBirth: 'Mas maaga ang petsang ito kaysa sa petsa ng kapanganakan. Suriin ito.',
  firstNameShape: 'Ilagay ang pangalan, 1 hanggang 100 character.',
  nameShape: 'Ilagay ang pangalan gaya ng nasa Social Security card, 1 hanggang 100 character.',
  staffUsernameTaken: 'Ginagamit na ang username na ito. Pumili ng iba.',
  languagesShape: 'Mag-alok ng hindi bababa sa isang wika.',
  helpPhoneShape: 'Ilagay ang numero ng telepono ng help desk, gaya ng (555) 010-0199.',
  subjectShape: 'Sumulat ng paksa na may 1 hanggang 200 character.',
  messageBodyShape: 'Sumulat ng mensahe na may 1 hanggang 5,000 character.',
  messageAsksForPassword:
    'Hindi kailanman dapat humingi ng password ang mga mensahe. Alisin ang paghingi: hindi kailanman kailangan ng county ang password ninuman.',
  audienceEmpty: 'Walang makakatanggap ng mensaheng ito: walang aktibong provider sa grupong ito.',
  replyNotAllowed: 'Makakasagot ka lang sa usapang kasali ka.',
  ackNotRequired: 'Hindi humihingi ng pagkumpirma ang mensaheng ito.',
  participantRequired: 'Piliin kung para sa aling provider ang sagot na ito.',
  caseNumberTaken: 'Ginagamit na ang numero ng kaso {{caseNumber}}. Suriin ang numero sa talaan ng county.',
  assignmentOverlaps:
    'Nakatalaga na ang provider {{providerId}} sa tatanggap na ito para sa bahagi ng mga petsang ito. Tapusin o baguhin muna ang pagkakatalagang iyon, o pumili ng mga petsa pagkatapos nito.',
  providerNotFound:
    'Walang provider na may Numero ng Provider na {{providerId}}. Suriin ang 9-digit na numero sa sulat ng pagpapatala.',
  assignmentNotFound: 'Hindi kabilang sa kasong ito ang pagkakatalagang ito.',
  recipientAccountExists: 'May account na sa portal ang tatanggap na ito (pag-sign in: ang numero ng kaso).',
  endBeforeStart: 'Ang petsa ng pagtatapos ay dapat kapareho o pagkatapos ng petsa ng simula.',
  wageRateDateTaken: 'May halaga na mula {{date}}. Pumili ng ibang petsa.',
  wageRateBeforeSubmitted:
    'Naisumite na sa dating halaga ang mga timesheet hanggang {{periodEnd}}, kaya {{earliest}} ang pinakamaagang simula ng bagong halaga. Ang back pay para sa mga naunang yugto ay isang payroll adjustment.',
  noteShape: 'Sumulat ng tala na may 3 hanggang 2,000 character para sa provider.',
  denialReasonRequired: 'Pumili ng hindi bababa sa isang dahilan mula sa listahan, isang beses bawat isa.',
  claimNotInReview:
    'Hindi na naghihintay ng desisyon ng county ang timesheet na ito (ngayon ay {{status}} na ito). I-reload ang pila.',
  claimWrongState: 'Hindi ito maaaring gawin sa timesheet na {{status}}.',
  payRunDemoOnly:
    'Sinisimulan ng iskedyul ng payroll ang pagpapatakbo ng payroll; ang manu-manong pagsisimula ay para lang sa demo.',
  settlementFileName: 'Gumamit ng pangalan ng file na hindi hihigit sa 200 character.',
  settlementFileMissing: 'Piliin ang file ng kumpirmasyon.',
  settlementFileUnreadable: 'Hindi mabasa ang file na ito. Piliin ulit ang CSV file.',
  settlementTooLong:
    'Masyadong malaki ang file para sa isang import: hatiin ito sa mga file na may hanggang 10,000 bayad bawat isa.',
  settlementHeader:
    'Ang unang linya ng file ay dapat eksaktong “payment_number,paid_on,amount”. Gamitin ang file ng kumpirmasyon gaya ng pagdating nito mula sa State Controller’s Office.',
  settlementEmpty: 'Walang bayad ang file pagkatapos ng unang linya nito.',
  settlementProblems:
    'Walang naitala. Mga linya ng file na may problema: {{count}}, nakalista sa ibaba. Ayusin ang mga ito, o humingi ng itinamang file, at itala itong muli.',
  settlementLineShape:
    'Linya {{line}}: isulat ang numero ng bayad (gaya ng P2026-00000012), ang petsa ng pagbabayad (YYYY-MM-DD) at ang halaga (gaya ng 1234.56), pinaghihiwalay ng kuwit.',
  settlementDuplicate: 'Linya {{line}}: nasa linya {{first}} din ang bayad {{number}}. Itira ang isa lang.',
  settlementUnknownPayment: 'Linya {{line}}: walang bayad ng iyong county na may numerong {{number}}.',
  taxFormNotYet:
    'Magiging handa ang iyong W-2 para sa {{year}} sa {{date}}, kapag nailabas na ang lahat ng sahod ng taon.',
  settlementAmountDiffers:
    'Linya {{line}}: inilabas ang bayad {{number}} para sa {{expected}}, hindi {{amount}}. Suriin ang halaga sa State Controller’s Office.',
  settlementBeforeIssue:
    'Linya {{line}}: inilabas ang bayad {{number}} noong {{issueDate}}, kaya hindi ito maaaring nabayaran noong {{paidOn}}.',
  settlementInFuture:
    'Linya {{line}}: pagkatapos ng araw na ito ang {{paidOn}}. Itala ang bayad kapag nabayaran na ito.',
  settlementPaidOtherDay: 'Linya {{line}}: naitala na ang bayad {{number}} bilang nabayaran noong {{paidOn}}.',
  settlementBeforeReturn:
    'Linya {{line}}: ibinalik ng bangko ang bayad {{number}} noong {{returnedOn}}, kaya hindi maaaring nabayaran ang muling inilabas na bayad nito noong {{paidOn}}.',
  returnsFileMissing: 'Piliin ang file ng mga ibinalik.',
  returnsHeader:
    'Ang unang linya ng file ay dapat eksaktong “payment_number,returned_on,amount,reason”. Gamitin ang file ng mga ibinalik gaya ng pagdating nito mula sa State Controller’s Office.',
  returnsEmpty: 'Walang ibinalik na deposito ang file pagkatapos ng unang linya nito.',
  returnsLineShape:
    'Linya {{line}}: isulat ang numero ng bayad (gaya ng P2026-00000012), ang petsa kung kailan ito ibinalik ng bangko (YYYY-MM-DD), ang halaga (gaya ng 1234.56) at ang return reason code ng bangko (gaya ng R02), pinaghihiwalay ng kuwit.',
  returnsUnknownReason:
    'Linya {{line}}: hindi dahilan ang {{reason}} para ibalik ng bangko ang deposito. Gamitin ang isa sa R02, R03, R04, R14, R15, R16, R17, R20, R23.',
  returnsNotPaid:
    'Linya {{line}}: hindi nakatalang nabayaran ang bayad {{number}}, kaya hindi ito maaaring ibinalik ng bangko. Itala muna ang kumpirmasyon nito.',
  returnsBeforePaid:
    'Linya {{line}}: nabayaran ang bayad {{number}} noong {{paidOn}}, kaya hindi ito maaaring ibinalik noong {{returnedOn}}.',
  returnsInFuture:
    'Linya {{line}}: pagkatapos ng araw na ito ang {{returnedOn}}. Itala ang pagbabalik kapag nagawa na ito ng bangko.',
  returnsOtherReturn:
    'Linya {{line}}: naitala na ang bayad {{number}} bilang ibinalik noong {{returnedOn}} ({{reason}}).',
  returnReasonR02: 'Sinasabi ng iyong bangko na sarado na ang account.',
  returnReasonR03: 'Hindi mahanap ng iyong bangko ang account, o wala sa pangalan mo ang account.',
  returnReasonR04: 'Hindi wastong account number sa iyong bangko ang account number.',
  returnReasonR14:
    'Sinasabi ng iyong bangko na pumanaw na o hindi na makakakilos para sa iyo ang representative payee ng account.',
  returnReasonR15: 'Sinasabi ng iyong bangko na pumanaw na ang may-ari ng account.',
  returnReasonR16: 'Na-freeze ng iyong bangko ang account.',
  returnReasonR17: 'Hindi magamit ng iyong bangko ang detalye ng account na kasama ng deposito.',
  returnReasonR20: 'Hindi tumatanggap ang account ng ganitong uri ng deposito.',
  returnReasonR23: 'Tinanggihan ng may-ari ng account ang deposito.',
  returnWhatToDoR02:
    'Magpatala ng bukas na account para sa direct deposit: sa IHSS Electronic Services Portal, sa form na SOC 829, o sa Provider Direct Deposit Help Desk sa 1-866-376-7066 (option 2).',
  returnWhatToDoR03:
    'Suriin sa iyong bangko ang account number at routing number, pagkatapos ay itama ang iyong direct deposit: sa IHSS Electronic Services Portal, sa form na SOC 829, o sa Provider Direct Deposit Help Desk sa 1-866-376-7066 (option 2).',
  returnWhatToDoR04:
    'Suriin sa iyong bangko ang account number, pagkatapos ay itama ang iyong direct deposit: sa IHSS Electronic Services Portal, sa form na SOC 829, o sa Provider Direct Deposit Help Desk sa 1-866-376-7066 (option 2).',
  returnWhatToDoR14: 'Tumawag sa tanggapan ng IHSS sa iyong county para sabihin kung sino na ang tumatanggap ng iyong sahod.',
  returnWhatToDoR15: 'Kung pagkakamali ito, tumawag agad sa iyong bangko at sa tanggapan ng IHSS sa iyong county.',
  returnWhatToDoR16:
    'Itanong sa iyong bangko kung bakit naka-freeze ang account. Para mabayaran sa ibang account, ipatala ito para sa direct deposit: sa IHSS Electronic Services Portal, sa form na SOC 829, o sa Provider Direct Deposit Help Desk sa 1-866-376-7066 (option 2).',
  returnWhatToDoR17:
    'Suriin sa iyong bangko ang account number at routing number, pagkatapos ay itama ang iyong direct deposit: sa IHSS Electronic Services Portal, sa form na SOC 829, o sa Provider Direct Deposit Help Desk sa 1-866-376-7066 (option 2).',
  returnWhatToDoR20:
    'Itanong sa iyong bangko kung aling account ang tumatanggap ng deposito ng sahod, o gumamit ng pay card, at ipatala ito para sa direct deposit: sa IHSS Electronic Services Portal, sa form na SOC 829, o sa Provider Direct Deposit Help Desk sa 1-866-376-7066 (option 2).',
  returnWhatToDoR23:
    'Kung hindi mo ito tinanggihan, tumawag sa iyong bangko. Para mabayaran sa ibang account, ipatala ito para sa direct deposit: sa IHSS Electronic Services Portal, sa form na SOC 829, o sa Provider Direct Deposit Help Desk sa 1-866-376-7066 (option 2).',
  returnReissue:
    'Hindi nawala ang iyong sahod: binabayaran ulit ng State Controller’s Office ang ibinalik na deposito, kadalasan bilang papel na tseke na ipapadala sa koreo sa iyong nakatalang address, na maaaring umabot nang ilang linggo. Tiyaking nasa tanggapan ng IHSS sa iyong county ang kasalukuyan mong address para sa koreo.',
  providerSuspended:
    'Hindi ka makakapag-claim ng oras sa {{date}}: pagkatapos ng {{ordinal}} paglabag, ang pagiging kwalipikado mong magtrabaho bilang provider ng IHSS ay {{consequence}} mula {{start}} hanggang {{end}}. Tumawag sa tanggapan ng IHSS sa iyong county kung sa tingin mo ay mali ito.',
  violationDisputeClosed:
    'Natapos noong {{deadline}} ang panahon para tutulan ang paglabag na ito. Tumawag sa tanggapan ng IHSS sa iyong county.',
  violationAlreadyDisputed: 'Natutulan na ang paglabag na ito; sasagot ang county hanggang {{due}}.',
  violationNotDisputed: 'Walang bukas na pagtutol na pagdedesisyunan para sa paglabag na ito.',
  trainingNotOffered: 'Hindi para sa paglabag na ito ang alok na pagsasanay, o lumipas na ang huling araw nito.',
  violationOrdinal1: 'unang',
  violationOrdinal2: 'ikalawang',
  violationOrdinal3: 'ikatlong',
  violationOrdinal4: 'ikaapat na',
  providerSuspendedSuspended: 'suspendido',
  providerSuspendedEnded: 'tinapos (hindi na kwalipikado)',
  // --- Second factors (issue #14) ---
  recoveryCodeShape: 'Ilagay ang recovery code: 10 titik at numero, gaya ng 7KQM2-X9D4P.',
  passkeyNameShape: 'Bigyan ang passkey ng pangalang may 1 hanggang 60 character, gaya ng “Aking telepono”.',
  identityCheckRequired: 'Kumpirmahin na napatunayan ng tao kung sino siya bago i-reset ang kanyang second factor.',
  identityCheckShape: 'Isulat kung paano pinatunayan ng tao kung sino siya, hanggang 300 character.',
  secondFactorRequired: 'Tapusin ang pag-sign in: ilagay ang code o gamitin ang iyong passkey.',
  secondFactorSetupRequired: 'Mag-set up ng pangalawang paraan ng pag-sign in bago magpatuloy.',
  reauthRequired: 'Para sa iyong kaligtasan, kumpirmahin na ikaw ito: ilagay muli ang iyong password o isang code.',
  factorCodeWrong: 'Hindi tama ang code na iyan. Suriin at subukan muli; nagbabago ang code ng app tuwing 30 segundo.',
  recoveryCodeWrong: 'Hindi tama o nagamit na ang recovery code na iyan. Isang beses lang gumagana ang bawat code.',
  passkeyNotAccepted: 'Hindi tinanggap ang passkey na iyan. Subukan muli, o pumili ng ibang paraan ng pag-sign in.',
  lastFactorRequired: 'Kailangan mong panatilihin ang kahit isang pangalawang paraan ng pag-sign in. Magdagdag ng iba bago alisin ito.',
  textCodesUnavailable: 'Hindi makapagpadala ng text message ngayon. Pumili ng ibang paraan ng pag-sign in.',
  factorAlreadySetUp: 'May naka-set up nang authenticator app. Alisin muna ito bago mag-set up ng iba.',
  factorNotSetUp: 'Hindi naka-set up sa account na ito ang paraang iyan ng pag-sign in.',
  // --- Direct deposit (issue #15) ---
  routingNumberShape: 'Ilagay ang 9-digit na routing number: ang unang numerong nakalimbag sa ibaba ng tseke.',
  routingNumberCheck: 'Hindi ito routing number ng bangko. Suriin ang bawat digit sa isang tseke o sa website ng inyong bangko.',
  accountNumberShape: 'Ilagay ang account number: 4 hanggang 17 digit, walang letra.',
  accountNumbersDiffer: 'Hindi magkatugma ang dalawang account number. I-type muli ang account number.',
  accountTypeRequired: 'Piliin kung checking o savings.',
  payMethodRequired: 'Piliin kung direct deposit o papel na tseke.',
  depositChangeNotCancellable: 'Hindi na maaaring kanselahin ang pagbabagong ito: tapos na ang panahon ng paghihintay. Para mabayaran sa ibang paraan, gumawa ng bagong pagbabago.',
  filingStatusRequired: 'Pumili ng filing status.',
  relationshipRequired: 'Piliin kung ano ang kaugnayan ng provider sa tatanggap.',
  dollarsWhole: 'Maglagay ng buong dolyar mula ${{min}} hanggang ${{max}}, walang sentimo.',
  dollarsAndCents: 'Maglagay ng halaga mula ${{min}} hanggang ${{max}}, tulad ng 25 o 25.50.',
  sdiElectionNotFamily: 'Ang anak, magulang o asawa lamang ng tatanggap ang puwedeng pumili ng SDI coverage.',
  deductionRateNotFuture: 'Para lamang sa mga bayad na hindi pa nagagawa ang mga rate: pumili ng petsa mula {{earliest}}.',
};
