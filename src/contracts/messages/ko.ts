import type { MessageCatalogue } from './en.js';

/** Korean messages of the API and the web's instant checks: the same keys and {{placeholders}} as en.ts. */
export const ko: MessageCatalogue = {
  required: '꼭 입력해야 하는 칸입니다.',
  providerIdShape:
    '사회보장번호가 아니라, 카운티에서 받은 편지에 있는 9자리 제공자 번호를 입력하세요.',
  caseNumberShape: '카운티에서 받은 통지서에 있는 7자리 케이스 번호를 입력하세요.',
  staffUsernameShape: '직원 사용자 이름을 입력하세요: 영문 소문자, 숫자, 점, 하이픈으로 3자 이상.',
  lastNameShape: '카운티에 기록된 그대로 성을 입력하세요.',
  dateShape: '월, 일, 연도로 실제 있는 날짜를 입력하세요.',
  dateOfBirthRange: '생년월일을 입력하세요. 지난 날짜여야 합니다.',
  ssnLast4Shape: '사회보장번호 마지막 4자리를 입력하세요.',
  emailShape: 'name@example.com 같은 이메일 주소를 입력하세요.',
  codeShape: '이메일에 있는 6자리 코드를 입력하세요.',
  passwordTooShort: '{{min}}자 이상으로 만드세요. 서로 관계없는 낱말 몇 개를 이으면 기억하기 쉽고 안전한 비밀번호가 됩니다.',
  passwordTooLong: '{{max}}자 이하로 만드세요.',
  passwordCommon: '이 비밀번호는 흔하거나 유출된 비밀번호 목록에 있습니다. 다른 비밀번호를 고르세요.',
  passwordContainsId: '비밀번호에 제공자 번호, 케이스 번호 또는 사용자 이름을 넣으면 안 됩니다.',
  passwordsDiffer: '두 비밀번호가 같지 않습니다.',
  answerShape: '질문마다 2자에서 100자로 답하세요.',
  questionsDistinct: '서로 다른 질문 3개를 고르세요.',
  invalidCredentials:
    'ID나 비밀번호가 맞지 않습니다. 확인하고 다시 해 보세요. 아직 계정을 만들지 않았다면 “계정 만들기”를 누르세요.',
  accountLocked:
    '로그인에 여러 번 실패해서 {{until}}까지 계정이 잠겼습니다. 지금 잠금을 풀려면 이메일로 비밀번호를 다시 정하거나, 카운티 상담 센터에 전화하세요: {{phone}}.',
  accountDeactivated: '카운티가 이 계정을 비활성화했습니다: {{reason}}. 카운티 상담 센터에 전화하세요: {{phone}}.',
  identityNotMatched:
    '입력한 정보와 맞는 카운티 기록을 찾지 못했습니다. 카운티에서 받은 편지와 하나씩 비교해 보세요. 모두 맞다면 카운티 상담 센터에 전화하세요.',
  alreadySetUp: '이 계정은 이미 만들어져 있습니다. 로그인하거나 “비밀번호를 잊으셨나요?”를 누르세요.',
  codeWrong: '코드가 맞지 않습니다. 남은 횟수: {{remaining}}.',
  codeExpired: '코드가 만료되었거나 이미 사용되었습니다. 새 코드를 요청하세요.',
  codeTooManyTries: '틀린 코드를 너무 많이 입력했습니다. 새 코드를 요청하세요.',
  flowExpired: '이 단계의 시간이 지났습니다. 처음부터 다시 해 주세요.',
  answersWrong: '답이 맞지 않습니다. 확인하고 다시 해 보거나, 이메일로 다시 정하세요.',
  questionsNotAllowed: '카운티에서 보안 질문을 쓰지 않습니다. 이메일로 비밀번호를 다시 정하세요.',
  tooManyRequests: '이 네트워크에서 너무 많이 시도했습니다. {{seconds}}초 뒤에 다시 해 보세요.',
  signInRequired: '계속하려면 로그인하세요.',
  sessionExpired: '로그인 시간이 끝나 로그아웃되었습니다. 다시 로그인하세요.',
  sessionIsCurrent: '지금 사용 중인 세션입니다. 끝내려면 “로그아웃”을 선택하세요.',
  forbidden: '접근 권한이 없습니다.',
  notFound: '찾을 수 없습니다.',
  csrf: '이 페이지는 오래되었습니다. 페이지를 새로 고친 뒤 다시 해 보세요.',
  badRequest: '요청에 맞지 않는 내용이 있습니다. 표시된 칸을 확인하세요.',
  internal: '저희 쪽에 문제가 생겨 작업이 저장되지 않았습니다. 1분 뒤에 다시 해 보세요.',
  // --- Input the portal cannot take (issue #10) ---
  textControlChar:
    '{{position}}번째 위치의 보이지 않는 문자({{character}})를 지우세요. 복사한 글에 자주 섞여 있습니다. 그 부분을 다시 입력하세요.',
  textOneLine: '한 줄로 쓰세요. {{position}}번째 위치의 줄 바꿈이나 탭을 지우세요.',
  textTooShort: '{{min}}자 이상 쓰세요.',
  textTooLong: '{{max}}자 이하로 쓰세요.',
  dateOutOfRange: '{{min}}부터 {{max}}까지의 날짜를 입력하세요.',
  accuracyRange: '위치 정확도는 0이거나 {{min}}~{{max}}미터여야 합니다.',
  valueNotStorable:
    '이 요청의 값 중 하나(문자, 숫자 또는 날짜)가 범위를 벗어나 그대로 저장할 수 없습니다. 아무것도 저장되지 않았습니다. 입력한 내용을 확인하고 다시 해 보세요.',
  valueBreaksRule:
    '이 요청의 값 중 하나가 포털 규칙에 맞지 않아 아무것도 저장되지 않았습니다. 입력한 내용을 확인하거나, 그사이 다른 사람이 바꿨다면 페이지를 새로 고치세요.',
  conflictWithRecord:
    '이미 기록된 내용과 맞지 않아 아무것도 저장되지 않았습니다. 이미 저장되었거나 다른 사람이 바꿨을 수 있습니다. 페이지를 새로 고쳐 확인한 뒤 다시 해 보세요.',
  requestUnreadable: '포털이 이 요청을 읽을 수 없습니다. 페이지를 새로 고친 뒤 다시 해 보세요.',
  requestTooLarge: '한 번에 보내기에는 너무 큽니다(최대 {{limitKb}} KB). 줄이거나 나눠서 다시 해 보세요.',
  mediaTypeNotSupported: '포털은 JSON 형식의 요청만 읽습니다. 페이지를 새로 고친 뒤 다시 해 보세요.',
  addressMalformed: '웹 주소가 맞지 않습니다. 주소를 확인하거나, 뒤로 가서 링크를 다시 누르세요.',
  // --- Workday (issue #4) ---
  idempotencyKeyShape: '이 요청에 일회용 키가 없습니다. 페이지를 새로 고친 뒤 다시 해 보세요.',
  idempotencyKeyReused: '이 일회용 키는 다른 요청에 이미 쓰여서 아무것도 바뀌지 않았습니다. 페이지를 새로 고친 뒤 다시 해 보세요.',
  instantShape: '시간대가 포함된 날짜와 시간을 입력하세요.',
  timeShape: '09:30처럼 시간을 입력하세요 (24시간제).',
  monthShape: 'YYYY-MM 형식으로 달을 입력하세요.',
  minutesShape: '0시간에서 25시간 사이로 시간과 분을 입력하세요.',
  rangeShape: '종료 날짜는 시작 날짜보다 앞설 수 없습니다.',
  rangeTooLong: '한 번에 최대 {{days}}일까지 고르세요.',
  locationTypeRequired: '방문 장소를 고르세요: “집” 또는 “집 밖(지역 사회)”.',
  correctionReasonShape: '이 방문을 수정하는 이유를 짧게 적어 주세요 (3자~500자).',
  correctionNeedsTime: '수정할 체크인 또는 체크아웃 시간을 입력하세요.',
  startEndTogether: '시작 시간과 종료 시간을 둘 다 입력하거나, 둘 다 비워 두세요.',
  dayListedTwice: '같은 날짜는 한 번만 넣을 수 있습니다.',
  preferenceListedTwice: '같은 선택은 한 번만 넣을 수 있습니다.',
  rejectReasonShape: '고칠 수 있도록 거절하는 이유를 3자~500자로 적어 주세요.',
  notAssignedToCase:
    '{{date}}에 수혜자 {{caseNumber}}에게 배정되어 있지 않습니다. 배정되어야 한다면 카운티 IHSS 사무실에 전화하세요.',
  caseNotActive: '케이스 {{caseNumber}}: {{date}}에는 활성 상태가 아니어서 시간을 기록할 수 없습니다. 카운티 IHSS 사무실에 전화하세요.',
  evvLiveInExempt:
    '이 수혜자와 함께 사는 제공자는 체크인과 체크아웃을 하지 않습니다. 근무시간 기록표에 시간을 바로 입력하세요.',
  evvDiscardOrCorrect: '시간을 수정하거나 방문이 없었다고 알리거나, 둘 중 하나만 하세요.',
  evvCheckOutBeforeCheckIn: '체크아웃 시간이 체크인 시간({{checkIn}})보다 이릅니다. 휴대폰 시계를 확인하거나 방문 기록을 수정하세요.',
  evvTapInFuture:
    '보낸 시간이 지금보다 늦습니다. 휴대폰의 날짜, 시간, 시간대가 자동으로 설정되어 있는지 확인한 뒤 다시 해 보세요.',
  timesheetBlocked: '이 근무시간 기록표는 아직 제출할 수 없습니다. 먼저 문제 {{count}}개를 고쳐야 합니다. 아래에 무엇을 바꿀지 하나씩 나와 있습니다.',
  timesheetReadOnly:
    '이 근무시간 기록표는 제출되어 더 이상 바꿀 수 없습니다. 잘못된 것을 고치려면 “수정하기”를 누르세요. 새 버전이 만들어지고 지금 버전은 그대로 남습니다.',
  timesheetEmpty: '이 근무시간 기록표에는 입력된 시간이 없습니다. 제출하기 전에 일한 시간을 입력하세요.',
  timesheetVisitsStillScheduled:
    '이번 급여 기간 뒤쪽에 예정된 방문이 아직 {{count}}건 있습니다. 그 일을 이미 마쳤거나 나중에 수정해서 넣을 경우에만 지금 제출하세요.',
  timesheetDayOutsidePeriod: '{{date}}: 이번 급여 기간({{start}}~{{end}})에 들어 있지 않은 날짜입니다.',
  timesheetPeriodShape: '급여 기간은 매달 1일이나 16일에 시작합니다.',
  timesheetPeriodNotStarted: '이 급여 기간은 아직 시작하지 않았습니다. {{start}}부터 근무시간 기록표를 입력할 수 있습니다.',
  timesheetNotCorrectable: '제출한 근무시간 기록표만 수정할 수 있습니다. 이 기록표는 아직 작성 중이라 바로 고칠 수 있습니다.',
  timesheetNotAwaitingDecision: '이 근무시간 기록표는 내 결정을 기다리고 있지 않습니다.',
  timesheetAlreadyDecided: '이 근무시간 기록표는 이미 결정되어 바꿀 수 없습니다. 제공자가 수정한 버전을 제출할 수 있습니다.',
  sickLeaveBlocked: '이 병가 신청은 보낼 수 없습니다. 문제 {{count}}개가 있습니다. 아래에 무엇을 바꿀지 하나씩 나와 있습니다.',
  sickLeaveAlreadyDecided: '이 병가 신청은 이미 결정되었습니다.',
  passwordWrong: '현재 비밀번호가 아닙니다. 본인 확인을 위해 현재 비밀번호를 입력하세요.',
  emailSameAsCurrent: '이미 사용 중인 이메일 주소입니다.',
  emailChangeNotPending: '코드를 기다리는 이메일 변경이 없습니다. 처음부터 다시 하세요.',
  phoneShape: '(555) 010-0199처럼 10자리 미국 전화번호를 입력하세요.',
  streetShape: '도로명 주소를 입력하세요.',
  cityShape: '시 이름을 입력하세요.',
  stateShape: 'CA처럼 주를 영문 2글자로 입력하세요.',
  zipShape: '5자리 우편번호(ZIP)를 입력하세요.',
  nothingToChange: '바꿀 것이 없습니다.',
  visitEndsBeforeStart: '방문은 시작한 같은 날, 시작 시간 뒤에 끝나야 합니다.',
  visitWeekdaysRequired: '방문을 반복할 요일을 고르세요.',
  visitUntilBeforeStart: '마지막 날은 첫날보다 앞설 수 없습니다.',
  visitProviderRequired: '이 방문을 함께할 제공자를 고르세요.',
  // --- County console, messages and notifications (issue #6) ---
  securityNoticeLocked: '보안 알림(비밀번호와 연락처 변경)은 항상 보내며 끌 수 없습니다.',
  eventStreamOnly: '이 주소는 포털 페이지에 실시간 업데이트를 보냅니다. 이벤트 스트림으로 여세요.',
  numberRange: '{{min}}부터 {{max}}까지의 정수를 입력하세요.',
  deactivateReasonShape: '이유를 3자~500자로 적어 주세요. 이 사람이 로그인하려고 하면 이 이유를 봅니다.',
  alreadyDeactivated: '이 계정은 이미 비활성화되어 있습니다.',
  notDeactivated: '이 계정은 활성 상태라 다시 활성화할 것이 없습니다.',
  cannotChangeOwnAccount: '자신의 계정에는 이 작업을 할 수 없습니다. 다른 관리자에게 요청하세요.',
  enrolmentStepDate: '이 단계를 마친 날짜를 입력하세요. 앞으로의 날짜는 안 됩니다.',
  enrolmentBeforeBirth: '이 날짜가 생년월일보다 앞섭니다. 확인하세요.',
  firstNameShape: '이름을 1자~100자로 입력하세요.',
  nameShape: '사회보장카드에 있는 그대로 이름을 1자~100자로 입력하세요.',
  staffUsernameTaken: '이미 쓰고 있는 사용자 이름입니다. 다른 이름을 고르세요.',
  languagesShape: '언어를 하나 이상 제공하세요.',
  helpPhoneShape: '(555) 010-0199처럼 상담 센터 전화번호를 입력하세요.',
  subjectShape: '제목을 1자~200자로 쓰세요.',
  messageBodyShape: '메시지를 1자~5,000자로 쓰세요.',
  messageAsksForPassword:
    '메시지로 비밀번호를 절대 물어서는 안 됩니다. 그 요청을 지우세요. 카운티는 누구의 비밀번호도 필요하지 않습니다.',
  audienceEmpty: '이 메시지를 받을 사람이 없습니다. 이 대상에 활성 상태인 제공자가 없습니다.',
  replyNotAllowed: '내가 참여한 대화에서만 답장할 수 있습니다.',
  ackNotRequired: '이 메시지는 읽음 확인을 요청하지 않습니다.',
  participantRequired: '이 답장을 받을 제공자를 고르세요.',
  caseNumberTaken: '케이스 번호 {{caseNumber}}: 이미 쓰이고 있는 번호입니다. 카운티 기록의 번호를 확인하세요.',
  assignmentOverlaps:
    '제공자({{providerId}})는 이 기간 중 일부에 이미 이 수혜자에게 배정되어 있습니다. 먼저 그 배정을 종료하거나 변경하세요. 또는 그 배정이 끝난 뒤의 날짜를 고르세요.',
  providerNotFound: '제공자 번호가 {{providerId}}인 제공자가 없습니다. 등록 안내 편지에 있는 9자리 번호를 확인하세요.',
  assignmentNotFound: '이 배정은 이 케이스에 속하지 않습니다.',
  recipientAccountExists: '이 수혜자는 이미 포털 계정이 있습니다 (로그인: 케이스 번호).',
  endBeforeStart: '종료 날짜는 시작 날짜와 같거나 그 뒤여야 합니다.',
  wageRateDateTaken: '{{date}}부터 적용되는 시급이 이미 있습니다. 다른 날짜를 고르세요.',
  wageRateBeforeSubmitted:
    '{{periodEnd}}까지의 근무시간 기록표는 이전 시급으로 이미 제출되었으므로, 새 시급은 빨라도 {{earliest}}부터 시작할 수 있습니다. 이전 기간의 소급 급여는 급여 조정으로 처리합니다.',
  noteShape:
    '제공자에게 남길 메모를 3자~2,000자로 쓰세요.',
  denialReasonRequired:
    '목록에서 이유를 하나 이상, 각각 한 번씩 고르세요.',
  claimNotInReview:
    '이 근무시간 기록표는 더 이상 카운티의 결정을 기다리지 않습니다 (현재 상태: {{status}}). 대기 목록을 새로 고치세요.',
  claimWrongState:
    '현재 상태({{status}})의 근무시간 기록표에는 이 작업을 할 수 없습니다.',
  payRunDemoOnly:
    '급여 지급 처리는 급여 일정에 따라 시작됩니다. 직접 시작하는 것은 데모에서만 됩니다.',
  settlementFileName:
    '파일 이름은 200자 이하로 하세요.',
  settlementFileMissing:
    '확인 파일을 고르세요.',
  settlementFileUnreadable:
    '이 파일을 읽을 수 없습니다. CSV 파일을 다시 고르세요.',
  settlementTooLong:
    '한 번에 가져오기에는 파일이 너무 큽니다. 지급 10,000건 이하의 파일로 나누세요.',
  settlementHeader:
    '파일의 첫 줄은 정확히 “payment_number,paid_on,amount”여야 합니다. 주 회계감사관실에서 받은 확인 파일을 그대로 쓰세요.',
  settlementEmpty:
    '파일의 첫 줄 아래에 지급 내역이 없습니다.',
  settlementProblems:
    '아무것도 기록되지 않았습니다. 문제가 있는 줄: {{count}}개, 아래에 나와 있습니다. 고치거나 수정된 파일을 요청한 뒤 다시 기록하세요.',
  settlementLineShape:
    '{{line}}번째 줄: 지급 번호(예: P2026-00000012), 지급된 날짜(YYYY-MM-DD), 금액(예: 1234.56)을 쉼표로 나눠 쓰세요.',
  settlementDuplicate:
    '{{line}}번째 줄: 지급({{number}})이 {{first}}번째 줄에도 있습니다. 하나만 남기세요.',
  settlementUnknownPayment:
    '{{line}}번째 줄: 우리 카운티에 번호가 {{number}}인 지급이 없습니다.',
  taxFormNotYet:
    '{{year}}년 W-2는 그해의 모든 급여가 지급된 후인 {{date}}에 준비됩니다.',
  settlementAmountDiffers:
    '{{line}}번째 줄: 지급({{number}})의 처리 금액은 {{expected}}입니다. 파일의 금액({{amount}})과 다릅니다. 주 회계감사관실에 금액을 확인하세요.',
  settlementBeforeIssue:
    '{{line}}번째 줄: 지급({{number}})은 {{issueDate}}에 처리되었으므로 {{paidOn}}에 지급되었을 수 없습니다.',
  settlementInFuture:
    '{{line}}번째 줄: 날짜({{paidOn}})가 오늘 이후입니다. 실제로 지급된 뒤에 기록하세요.',
  settlementPaidOtherDay:
    '{{line}}번째 줄: 지급({{number}})은 이미 {{paidOn}}에 지급 완료로 기록되어 있습니다.',
  settlementBeforeReturn:
    '{{line}}번째 줄: 지급({{number}})은 {{returnedOn}}에 은행이 돌려보냈으므로, 다시 처리된 지급이 {{paidOn}}에 지급되었을 수 없습니다.',
  returnsFileMissing:
    '반환 파일을 고르세요.',
  returnsHeader:
    '파일의 첫 줄은 정확히 “payment_number,returned_on,amount,reason”이어야 합니다. 주 회계감사관실에서 받은 반환 파일을 그대로 쓰세요.',
  returnsEmpty:
    '파일의 첫 줄 아래에 돌아온 입금이 없습니다.',
  returnsLineShape:
    '{{line}}번째 줄: 지급 번호(예: P2026-00000012), 은행이 돌려보낸 날짜(YYYY-MM-DD), 금액(예: 1234.56), 은행의 반환 사유 코드(예: R02)를 쉼표로 나눠 쓰세요.',
  returnsUnknownReason:
    '{{line}}번째 줄: 코드({{reason}})는 은행이 입금을 돌려보내는 사유 코드가 아닙니다. R02, R03, R04, R14, R15, R16, R17, R20, R23 중 하나를 쓰세요.',
  returnsNotPaid:
    '{{line}}번째 줄: 지급({{number}})은 지급 완료로 기록되지 않았으므로 은행이 돌려보냈을 수 없습니다. 먼저 그 확인을 기록하세요.',
  returnsBeforePaid:
    '{{line}}번째 줄: 지급({{number}})은 {{paidOn}}에 지급되었으므로 {{returnedOn}}에 반환되었을 수 없습니다.',
  returnsInFuture:
    '{{line}}번째 줄: 날짜({{returnedOn}})가 오늘 이후입니다. 은행이 실제로 돌려보낸 뒤에 기록하세요.',
  returnsOtherReturn:
    '{{line}}번째 줄: 지급({{number}})은 이미 {{returnedOn}}에 반환됨({{reason}})으로 기록되어 있습니다.',
  returnReasonR02:
    '은행에서 계좌가 해지되었다고 합니다.',
  returnReasonR03:
    '은행에서 계좌를 찾지 못했거나, 계좌가 본인 명의가 아닙니다.',
  returnReasonR04:
    '계좌 번호가 은행에서 쓰는 올바른 계좌 번호가 아닙니다.',
  returnReasonR14:
    '은행에서 계좌의 대리 수령인이 사망했거나 더 이상 본인을 대신할 수 없다고 합니다.',
  returnReasonR15:
    '은행에서 계좌 주인이 사망했다고 합니다.',
  returnReasonR16:
    '은행이 계좌를 동결했습니다.',
  returnReasonR17:
    '입금에 쓰인 계좌 정보를 은행이 처리할 수 없었습니다.',
  returnReasonR20:
    '이 계좌는 이런 입금을 받지 않습니다.',
  returnReasonR23:
    '계좌 주인이 입금을 거부했습니다.',
  returnWhatToDoR02:
    '사용 중인 계좌를 직접 입금에 등록하세요. IHSS 전자 서비스 포털, SOC 829 양식, 또는 제공자 직접 입금 상담 센터(1-866-376-7066, 2번 선택)에서 할 수 있습니다.',
  returnWhatToDoR03:
    '은행에 계좌 번호와 은행 라우팅 번호를 확인한 뒤 직접 입금 정보를 고치세요. IHSS 전자 서비스 포털, SOC 829 양식, 또는 제공자 직접 입금 상담 센터(1-866-376-7066, 2번 선택)에서 할 수 있습니다.',
  returnWhatToDoR04:
    '은행에 계좌 번호를 확인한 뒤 직접 입금 정보를 고치세요. IHSS 전자 서비스 포털, SOC 829 양식, 또는 제공자 직접 입금 상담 센터(1-866-376-7066, 2번 선택)에서 할 수 있습니다.',
  returnWhatToDoR14:
    '카운티 IHSS 사무실에 전화해서 지금 누가 급여를 받는지 알려 주세요.',
  returnWhatToDoR15:
    '잘못된 것이라면 지금 은행과 카운티 IHSS 사무실에 전화하세요.',
  returnWhatToDoR16:
    '은행에 계좌가 왜 동결되었는지 물어보세요. 다른 계좌로 받으려면 그 계좌를 직접 입금에 등록하세요. IHSS 전자 서비스 포털, SOC 829 양식, 또는 제공자 직접 입금 상담 센터(1-866-376-7066, 2번 선택)에서 할 수 있습니다.',
  returnWhatToDoR17:
    '은행에 계좌 번호와 은행 라우팅 번호를 확인한 뒤 직접 입금 정보를 고치세요. IHSS 전자 서비스 포털, SOC 829 양식, 또는 제공자 직접 입금 상담 센터(1-866-376-7066, 2번 선택)에서 할 수 있습니다.',
  returnWhatToDoR20:
    '급여 입금을 받을 수 있는 계좌가 어느 것인지 은행에 묻거나 급여 카드를 쓰고, 그것을 직접 입금에 등록하세요. IHSS 전자 서비스 포털, SOC 829 양식, 또는 제공자 직접 입금 상담 센터(1-866-376-7066, 2번 선택)에서 할 수 있습니다.',
  returnWhatToDoR23:
    '거부한 적이 없다면 은행에 전화하세요. 다른 계좌로 받으려면 그 계좌를 직접 입금에 등록하세요. IHSS 전자 서비스 포털, SOC 829 양식, 또는 제공자 직접 입금 상담 센터(1-866-376-7066, 2번 선택)에서 할 수 있습니다.',
  returnReissue:
    '급여가 없어진 것이 아닙니다. 돌아온 입금은 주 회계감사관실이 다시 지급하며, 보통 등록된 주소로 종이 수표를 우편으로 보냅니다. 몇 주가 걸릴 수 있습니다. 카운티 IHSS 사무실에 현재 우편 주소가 등록되어 있는지 확인하세요.',
  providerSuspended:
    '{{date}}의 시간은 청구할 수 없습니다. {{ordinal}} 위반으로 {{start}}부터 {{end}}까지 IHSS 제공자로 일할 자격이 {{consequence}} 상태입니다. 잘못되었다고 생각하면 카운티 IHSS 사무실에 전화하세요.',
  violationDisputeClosed:
    '이 위반에 대한 이의 제기 기간이 {{deadline}}에 끝났습니다. 카운티 IHSS 사무실에 전화하세요.',
  violationAlreadyDisputed:
    '이 위반에는 이미 이의를 제기했습니다. 카운티가 {{due}}까지 답할 것입니다.',
  violationNotDisputed:
    '이 위반에는 결정할 이의 제기가 없습니다.',
  trainingNotOffered:
    '이 위반에는 교육 기회가 없거나, 기한이 지났습니다.',
  violationOrdinal1: '첫 번째',
  violationOrdinal2: '두 번째',
  violationOrdinal3: '세 번째',
  violationOrdinal4: '네 번째',
  providerSuspendedSuspended: '정지된',
  providerSuspendedEnded: '종료된(자격 없음)',
  // --- Second factors (issue #14) ---
  recoveryCodeShape: '복구 코드를 입력하세요: 7KQM2-X9D4P처럼 문자와 숫자 10자입니다.',
  passkeyNameShape: '패스키 이름을 1~60자로 정하세요. 예: “내 휴대폰”.',
  identityCheckRequired: '2단계 인증을 재설정하기 전에 본인임을 증명했는지 확인하세요.',
  identityCheckShape: '본인임을 어떻게 증명했는지 300자 이내로 적으세요.',
  secondFactorRequired: '로그인을 완료하세요: 코드를 입력하거나 패스키를 사용하세요.',
  secondFactorSetupRequired: '계속하기 전에 두 번째 로그인 방법을 설정하세요.',
  reauthRequired: '안전을 위해 본인임을 확인하세요: 비밀번호나 코드를 다시 입력하세요.',
  factorCodeWrong: '코드가 올바르지 않습니다. 확인 후 다시 시도하세요. 앱의 코드는 30초마다 바뀝니다.',
  recoveryCodeWrong: '복구 코드가 올바르지 않거나 이미 사용되었습니다. 각 코드는 한 번만 쓸 수 있습니다.',
  passkeyNotAccepted: '패스키가 승인되지 않았습니다. 다시 시도하거나 다른 로그인 방법을 선택하세요.',
  lastFactorRequired: '두 번째 로그인 방법을 하나 이상 유지해야 합니다. 이것을 삭제하기 전에 다른 방법을 추가하세요.',
  textCodesUnavailable: '지금은 문자 메시지를 보낼 수 없습니다. 다른 로그인 방법을 선택하세요.',
  factorAlreadySetUp: '인증 앱이 이미 설정되어 있습니다. 다른 앱을 설정하려면 먼저 삭제하세요.',
  factorNotSetUp: '이 계정에는 해당 로그인 방법이 설정되어 있지 않습니다.',
  // --- 직접 입금 (issue #15) ---
  routingNumberShape: '9자리 은행 라우팅 번호를 입력하세요. 수표 아래쪽에 인쇄된 첫 번째 번호입니다.',
  routingNumberCheck: '은행 라우팅 번호가 아닙니다. 수표나 은행 웹사이트와 한 자리씩 대조해 보세요.',
  accountNumberShape: '계좌 번호를 입력하세요. 문자 없이 4~17자리 숫자입니다.',
  accountNumbersDiffer: '두 계좌 번호가 일치하지 않습니다. 계좌 번호를 다시 입력하세요.',
  accountTypeRequired: '당좌 예금(checking) 또는 저축 예금(savings)을 선택하세요.',
  payMethodRequired: '직접 입금 또는 종이 수표를 선택하세요.',
  depositChangeNotCancellable: '이 변경은 더 이상 취소할 수 없습니다. 대기 기간이 끝났습니다. 다른 방법으로 지급받으려면 새로 변경하세요.',
  filingStatusRequired: '세금 신고 유형을 선택하세요.',
  relationshipRequired: '제공자가 수혜자와 어떤 관계인지 선택하세요.',
  dollarsWhole: '${{min}}에서 ${{max}} 사이의 달러 단위 금액을 센트 없이 입력하세요.',
  dollarsAndCents: '${{min}}에서 ${{max}} 사이의 금액을 입력하세요. 예: 25 또는 25.50.',
  sdiElectionNotFamily: '수혜자의 자녀, 부모 또는 배우자만 SDI 보험 가입을 선택할 수 있습니다.',
  deductionRateNotFuture: '요율은 아직 지급되지 않은 금액에만 적용됩니다: {{earliest}} 이후의 날짜를 선택하세요.',
};
