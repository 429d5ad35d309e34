import type { MessageCatalogue } from './en.js';

/** Vietnamese messages of the API and the web's instant checks: the same keys and {{placeholders}} as en.ts. */
export const vi: MessageCatalogue = {
  required: 'Xin điền vào ô này.',
  providerIdShape: 'Xin dùng Mã số nhà cung cấp gồm 9 chữ số trong thư của quận, không phải số An Sinh Xã Hội.',
  caseNumberShape: 'Xin dùng số hồ sơ gồm 7 chữ số trong thông báo của quận.',
  staffUsernameShape: 'Xin dùng tên người dùng nhân viên: chữ thường, số, dấu chấm hoặc gạch ngang, ít nhất 3 ký tự.',
  lastNameShape: 'Xin nhập họ của quý vị đúng như quận đã ghi.',
  dateShape: 'Xin nhập một ngày có thật, gồm tháng, ngày và năm.',
  dateOfBirthRange: 'Xin nhập ngày sinh; ngày này phải ở trong quá khứ.',
  ssnLast4Shape: 'Xin nhập 4 số cuối của số An Sinh Xã Hội.',
  emailShape: 'Xin nhập địa chỉ email, ví dụ name@example.com.',
  codeShape: 'Xin nhập mã 6 chữ số trong email.',
  passwordTooShort: 'Xin dùng ít nhất {{min}} ký tự. Vài chữ không liên quan với nhau tạo thành mật khẩu mạnh và dễ nhớ.',
  passwordTooLong: 'Xin dùng tối đa {{max}} ký tự.',
  passwordCommon: 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ. Xin chọn mật khẩu khác.',
  passwordContainsId: 'Mật khẩu không được chứa Mã số nhà cung cấp, số hồ sơ hoặc tên người dùng của quý vị.',
  passwordsDiffer: 'Hai mật khẩu không giống nhau.',
  answerShape: 'Xin trả lời mỗi câu hỏi bằng 2 đến 100 ký tự.',
  questionsDistinct: 'Xin chọn 3 câu hỏi khác nhau.',
  invalidCredentials:
    'Mã số hoặc mật khẩu không đúng. Xin kiểm tra rồi thử lại. Nếu quý vị chưa tạo tài khoản, xin chọn “Tạo tài khoản”.',
  accountLocked:
    'Tài khoản của quý vị bị khóa đến {{until}} vì đăng nhập sai quá nhiều lần. Để mở khóa ngay, xin đặt lại mật khẩu qua email, hoặc gọi bộ phận hỗ trợ của quận theo số {{phone}}.',
  accountDeactivated: 'Quận đã vô hiệu hóa tài khoản này: {{reason}}. Xin gọi bộ phận hỗ trợ của quận theo số {{phone}}.',
  identityNotMatched:
    'Chúng tôi không tìm thấy hồ sơ nào của quận khớp với các thông tin này. Xin đối chiếu từng thông tin với thư của quận. Nếu thông tin đúng, xin gọi bộ phận hỗ trợ của quận.',
  alreadySetUp: 'Tài khoản này đã được tạo. Xin đăng nhập, hoặc chọn “Quên mật khẩu?”.',
  codeWrong: 'Mã không đúng. Số lần thử còn lại: {{remaining}}.',
  codeExpired: 'Mã đã hết hạn hoặc đã được dùng. Xin yêu cầu mã mới.',
  codeTooManyTries: 'Nhập sai mã quá nhiều lần. Xin yêu cầu mã mới.',
  flowExpired: 'Bước này đã hết hạn. Xin bắt đầu lại.',
  answersWrong: 'Câu trả lời không khớp. Xin kiểm tra rồi thử lại, hoặc đặt lại qua email.',
  questionsNotAllowed: 'Quận của quý vị không dùng câu hỏi bảo mật. Xin đặt lại mật khẩu qua email.',
  tooManyRequests: 'Có quá nhiều lần thử từ mạng này. Xin thử lại sau {{seconds}} giây.',
  signInRequired: 'Xin đăng nhập để tiếp tục.',
  sessionExpired: 'Quý vị đã bị đăng xuất vì phiên làm việc đã hết. Xin đăng nhập lại.',
  forbidden: 'Quý vị không được quyền vào đây.',
  notFound: 'Chúng tôi không tìm thấy.',
  csrf: 'Trang này đã cũ. Xin tải lại trang rồi thử lại.',
  badRequest: 'Có điều gì đó trong yêu cầu không đúng. Xin kiểm tra các ô được đánh dấu.',
  internal: 'Hệ thống của chúng tôi bị lỗi. Công việc của quý vị chưa được lưu. Xin thử lại sau một phút.',
  // --- Input the portal cannot take (issue #10) ---
  textControlChar:
    'Xin xóa ký tự ẩn ở vị trí {{position}} ({{character}}): ký tự này thường đi kèm khi sao chép chữ. Xin gõ lại phần đó.',
  textOneLine: 'Xin viết trên một dòng: xóa chỗ xuống dòng hoặc tab ở vị trí {{position}}.',
  textTooShort: 'Xin dùng ít nhất {{min}} ký tự.',
  textTooLong: 'Xin dùng tối đa {{max}} ký tự.',
  dateOutOfRange: 'Xin nhập một ngày từ {{min}} đến {{max}}.',
  accuracyRange: 'Độ chính xác của vị trí phải là 0, hoặc từ {{min}} đến {{max}} mét.',
  valueNotStorable:
    'Một giá trị trong yêu cầu này không lưu được như đã viết (một ký tự, một con số hoặc một ngày ngoài giới hạn). Chưa có gì được lưu. Xin kiểm tra những gì quý vị đã nhập rồi thử lại.',
  valueBreaksRule:
    'Một giá trị trong yêu cầu này trái với một quy định của cổng thông tin, nên chưa có gì được lưu. Xin kiểm tra những gì quý vị đã nhập, hoặc tải lại trang nếu có người vừa thay đổi.',
  conflictWithRecord:
    'Điều này không khớp với những gì đã được ghi, nên chưa có gì được lưu. Có thể nó đã được lưu rồi hoặc người khác đã thay đổi: xin tải lại trang và kiểm tra trước khi thử lại.',
  requestUnreadable: 'Cổng thông tin không đọc được yêu cầu này. Xin tải lại trang rồi thử lại.',
  requestTooLarge: 'Gửi một lần quá nhiều (tối đa {{limitKb}} KB). Xin viết ngắn lại, hoặc chia nhỏ ra, rồi thử lại.',
  mediaTypeNotSupported: 'Cổng thông tin chỉ đọc yêu cầu viết dưới dạng JSON. Xin tải lại trang rồi thử lại.',
  addressMalformed: 'Địa chỉ web này không đúng. Xin kiểm tra lại, hoặc quay lại và bấm vào đường dẫn lần nữa.',
  // --- Workday (issue #4) ---
  idempotencyKeyShape: 'Yêu cầu này thiếu mã dùng một lần. Xin tải lại trang rồi thử lại.',
  idempotencyKeyReused: 'Mã dùng một lần này đã được dùng cho một yêu cầu khác, nên chưa có gì thay đổi. Xin tải lại trang rồi thử lại.',
  instantShape: 'Xin nhập ngày và giờ kèm múi giờ.',
  timeShape: 'Xin nhập giờ, ví dụ 09:30 (đồng hồ 24 giờ).',
  monthShape: 'Xin nhập tháng theo dạng YYYY-MM (năm-tháng).',
  minutesShape: 'Xin nhập giờ và phút, từ 0 đến 25 giờ.',
  rangeShape: 'Ngày kết thúc không được trước ngày bắt đầu.',
  rangeTooLong: 'Xin chọn tối đa {{days}} ngày mỗi lần.',
  locationTypeRequired: 'Xin chọn nơi diễn ra buổi chăm sóc: “Tại nhà” hoặc “Ngoài cộng đồng”.',
  correctionReasonShape: 'Xin ghi vài chữ cho biết vì sao quý vị sửa buổi chăm sóc này (3 đến 500 ký tự).',
  correctionNeedsTime: 'Xin nhập giờ đến hoặc giờ về cần sửa.',
  startEndTogether: 'Xin nhập cả giờ bắt đầu và giờ kết thúc, hoặc để trống cả hai.',
  dayListedTwice: 'Mỗi ngày chỉ được ghi một lần.',
  preferenceListedTwice: 'Mỗi lựa chọn chỉ được ghi một lần.',
  rejectReasonShape: 'Xin cho biết vì sao quý vị từ chối, từ 3 đến 500 ký tự, để có thể sửa lại.',
  notAssignedToCase:
    'Quý vị không được giao cho người nhận {{caseNumber}} vào ngày {{date}}. Nếu lẽ ra quý vị được giao, xin gọi văn phòng IHSS của quận.',
  caseNotActive:
    'Hồ sơ {{caseNumber}} không hoạt động vào ngày {{date}}, nên không thể ghi giờ cho hồ sơ này. Xin gọi văn phòng IHSS của quận.',
  evvLiveInExempt:
    'Vì quý vị sống cùng nhà với người nhận này, quý vị không cần chấm giờ đến và về. Xin nhập số giờ thẳng vào bảng chấm công.',
  evvDiscardOrCorrect: 'Xin chọn sửa giờ hoặc cho biết buổi chăm sóc không diễn ra, không chọn cả hai.',
  evvCheckOutBeforeCheckIn: 'Giờ về sớm hơn giờ đến ({{checkIn}}). Xin kiểm tra đồng hồ của điện thoại, hoặc sửa buổi chăm sóc.',
  evvTapInFuture:
    'Giờ gửi lên trễ hơn bây giờ. Xin kiểm tra điện thoại đã đặt ngày, giờ và múi giờ tự động chưa, rồi thử lại.',
  timesheetBlocked: 'Chưa thể nộp bảng chấm công này: phải sửa {{count}} lỗi trước. Mỗi lỗi ở dưới đều ghi rõ cần đổi gì.',
  timesheetReadOnly:
    'Bảng chấm công này đã được nộp và không thể thay đổi nữa. Để sửa lỗi, xin chọn “Sửa”: việc này tạo một bản mới và giữ lại bản này.',
  timesheetEmpty: 'Bảng chấm công này chưa có giờ nào. Xin nhập số giờ đã làm trước khi nộp.',
  timesheetVisitsStillScheduled:
    'Vẫn còn {{count}} buổi chăm sóc đã hẹn trong những ngày tới của kỳ trả lương này. Chỉ nộp bây giờ nếu công việc đó đã làm xong hoặc sẽ được thêm vào một bản sửa sau.',
  timesheetDayOutsidePeriod: 'Ngày {{date}} không thuộc kỳ trả lương này ({{start}} đến {{end}}).',
  timesheetPeriodShape: 'Kỳ trả lương bắt đầu vào ngày 1 hoặc ngày 16 của tháng.',
  timesheetPeriodNotStarted: 'Kỳ trả lương này chưa bắt đầu. Quý vị có thể điền bảng chấm công từ ngày {{start}}.',
  timesheetNotCorrectable: 'Chỉ bảng chấm công đã nộp mới sửa bằng bản mới được; bảng này vẫn là bản nháp quý vị có thể sửa trực tiếp.',
  timesheetNotAwaitingDecision: 'Bảng chấm công này không chờ quý vị quyết định.',
  timesheetAlreadyDecided: 'Bảng chấm công này đã có quyết định; không thể thay đổi. Nhà cung cấp có thể nộp một bản đã sửa.',
  sickLeaveBlocked: 'Chưa thể gửi yêu cầu nghỉ bệnh này: có {{count}} lỗi. Mỗi lỗi ở dưới đều ghi rõ cần đổi gì.',
  sickLeaveAlreadyDecided: 'Yêu cầu nghỉ bệnh này đã có quyết định.',
  passwordWrong: 'Đó không phải mật khẩu hiện tại của quý vị. Xin nhập mật khẩu để xác nhận đúng là quý vị.',
  emailSameAsCurrent: 'Đó đã là địa chỉ email của quý vị.',
  emailChangeNotPending: 'Không có thay đổi email nào đang chờ mã. Xin bắt đầu lại.',
  phoneShape: 'Xin nhập số điện thoại Hoa Kỳ gồm 10 chữ số, ví dụ (555) 010-0199.',
  streetShape: 'Xin nhập số nhà và tên đường.',
  cityShape: 'Xin nhập thành phố.',
  stateShape: 'Xin nhập tiểu bang bằng 2 chữ cái, ví dụ CA.',
  zipShape: 'Xin nhập mã ZIP gồm 5 chữ số.',
  nothingToChange: 'Không có gì để thay đổi.',
  visitEndsBeforeStart: 'Buổi chăm sóc phải kết thúc sau khi bắt đầu, trong cùng một ngày.',
  visitWeekdaysRequired: 'Xin chọn các ngày trong tuần mà buổi chăm sóc lặp lại.',
  visitUntilBeforeStart: 'Ngày cuối không được trước ngày đầu tiên.',
  visitProviderRequired: 'Xin chọn nhà cung cấp nào của quý vị sẽ làm buổi chăm sóc này.',
  // --- County console, messages and notifications (issue #6) ---
  securityNoticeLocked: 'Thông báo bảo mật (đổi mật khẩu và thông tin liên lạc) luôn được gửi. Không thể tắt.',
  eventStreamOnly: 'Địa chỉ này gửi cập nhật trực tiếp cho trang của cổng thông tin; xin mở bằng luồng sự kiện (event stream).',
  numberRange: 'Xin nhập một số nguyên từ {{min}} đến {{max}}.',
  deactivateReasonShape: 'Xin ghi lý do từ 3 đến 500 ký tự. Người này sẽ thấy lý do khi thử đăng nhập.',
  alreadyDeactivated: 'Tài khoản này đã bị vô hiệu hóa.',
  notDeactivated: 'Tài khoản này đang hoạt động; không có gì để khôi phục.',
  cannotChangeOwnAccount: 'Quý vị không thể làm việc này với tài khoản của chính mình. Xin nhờ một quản trị viên khác.',
  enrolmentStepDate: 'Xin nhập ngày hoàn tất bước này; ngày này không được ở trong tương lai.',
  enrolmentBeforeBirth: 'Ngày này trước ngày sinh. Xin kiểm tra lại.',
  firstNameShape: 'Xin nhập tên, từ 1 đến 100 ký tự.',
  nameShape: 'Xin nhập tên đúng như trên thẻ An Sinh Xã Hội, từ 1 đến 100 ký tự.',
  staffUsernameTaken: 'Tên người dùng này đã có người dùng. Xin chọn tên khác.',
  languagesShape: 'Xin cung cấp ít nhất một ngôn ngữ.',
  helpPhoneShape: 'Xin nhập số điện thoại của bộ phận hỗ trợ, ví dụ (555) 010-0199.',
  subjectShape: 'Xin viết tiêu đề từ 1 đến 200 ký tự.',
  messageBodyShape: 'Xin viết tin nhắn từ 1 đến 5.000 ký tự.',
  messageAsksForPassword:
    'Tin nhắn không bao giờ được hỏi mật khẩu. Xin bỏ lời yêu cầu đó: quận không bao giờ cần mật khẩu của bất cứ ai.',
  audienceEmpty: 'Không ai sẽ nhận được tin nhắn này: nhóm người nhận này không có nhà cung cấp nào đang hoạt động.',
  replyNotAllowed: 'Quý vị chỉ có thể trả lời trong cuộc trò chuyện mà quý vị tham gia.',
  ackNotRequired: 'Tin nhắn này không yêu cầu xác nhận.',
  participantRequired: 'Xin chọn nhà cung cấp nhận câu trả lời này.',
  caseNumberTaken: 'Số hồ sơ {{caseNumber}} đã được dùng. Xin kiểm tra số trong hồ sơ của quận.',
  assignmentOverlaps:
    'Nhà cung cấp {{providerId}} đã được giao cho người nhận này trong một phần của khoảng thời gian này. Xin kết thúc hoặc đổi việc giao đó trước, hoặc chọn ngày sau khi việc giao đó kết thúc.',
  providerNotFound: 'Không có nhà cung cấp nào có Mã số nhà cung cấp {{providerId}}. Xin kiểm tra số 9 chữ số trong thư ghi danh.',
  assignmentNotFound: 'Việc giao này không thuộc hồ sơ này.',
  recipientAccountExists: 'Người nhận này đã có tài khoản cổng thông tin (đăng nhập bằng số hồ sơ).',
  endBeforeStart: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.',
  wageRateDateTaken: 'Đã có một mức lương bắt đầu từ ngày {{date}}. Xin chọn ngày khác.',
  wageRateBeforeSubmitted:
    'Bảng chấm công đến ngày {{periodEnd}} đã được nộp theo mức lương cũ, nên mức lương mới chỉ có thể bắt đầu sớm nhất từ ngày {{earliest}}. Tiền lương bù cho các kỳ trước là một điều chỉnh bảng lương.',
  noteShape: 'Xin viết ghi chú cho nhà cung cấp từ 3 đến 2.000 ký tự.',
  denialReasonRequired: 'Xin chọn ít nhất một lý do trong danh sách, mỗi lý do một lần.',
  claimNotInReview:
    'Bảng chấm công này không còn chờ quận quyết định nữa (hiện đang ở tình trạng {{status}}). Xin tải lại hàng chờ.',
  claimWrongState: 'Không thể làm việc này với bảng chấm công đang ở tình trạng {{status}}.',
  payRunDemoOnly: 'Đợt trả lương được bắt đầu theo lịch trả lương; tự bắt đầu bằng tay chỉ dùng cho bản thử nghiệm.',
  settlementFileName: 'Xin dùng tên tập tin tối đa 200 ký tự.',
  settlementFileMissing: 'Xin chọn tập tin xác nhận.',
  settlementFileUnreadable: 'Không đọc được tập tin này. Xin chọn lại tập tin CSV.',
  settlementTooLong: 'Tập tin quá lớn cho một lần nhập: xin chia thành các tập tin có tối đa 10.000 khoản thanh toán.',
  settlementHeader:
    'Dòng đầu tiên của tập tin phải đúng là “payment_number,paid_on,amount”. Xin dùng tập tin xác nhận đúng như nhận được từ Văn Phòng Kiểm Soát Viên Tiểu Bang (State Controller’s Office).',
  settlementEmpty: 'Tập tin không có khoản thanh toán nào sau dòng đầu tiên.',
  settlementProblems:
    'Chưa có gì được ghi nhận. Số dòng của tập tin có lỗi: {{count}}, liệt kê ở dưới. Xin sửa các dòng đó, hoặc xin một tập tin đã sửa, rồi ghi nhận lại.',
  settlementLineShape:
    'Dòng {{line}}: xin ghi số khoản thanh toán (ví dụ P2026-00000012), ngày đã trả (YYYY-MM-DD) và số tiền (ví dụ 1234.56), cách nhau bằng dấu phẩy.',
  settlementDuplicate: 'Dòng {{line}}: khoản thanh toán {{number}} cũng có ở dòng {{first}}. Xin giữ lại một dòng.',
  settlementUnknownPayment: 'Dòng {{line}}: không có khoản thanh toán nào của quận mang số {{number}}.',
  settlementAmountDiffers:
    'Dòng {{line}}: khoản thanh toán {{number}} được phát hành với số tiền {{expected}}, không phải {{amount}}. Xin kiểm tra số tiền với Văn Phòng Kiểm Soát Viên Tiểu Bang.',
  settlementBeforeIssue:
    'Dòng {{line}}: khoản thanh toán {{number}} được phát hành ngày {{issueDate}}, nên không thể đã được trả ngày {{paidOn}}.',
  settlementInFuture: 'Dòng {{line}}: ngày {{paidOn}} ở sau hôm nay. Xin chỉ ghi nhận khoản thanh toán sau khi đã được trả.',
  settlementPaidOtherDay: 'Dòng {{line}}: khoản thanh toán {{number}} đã được ghi nhận là trả ngày {{paidOn}}.',
  settlementBeforeReturn:
    'Dòng {{line}}: khoản thanh toán {{number}} đã bị ngân hàng trả lại ngày {{returnedOn}}, nên khoản phát hành lại không thể đã được trả ngày {{paidOn}}.',
  returnsFileMissing: 'Xin chọn tập tin trả lại.',
  returnsHeader:
    'Dòng đầu tiên của tập tin phải đúng là “payment_number,returned_on,amount,reason”. Xin dùng tập tin trả lại đúng như nhận được từ Văn Phòng Kiểm Soát Viên Tiểu Bang (State Controller’s Office).',
  returnsEmpty: 'Tập tin không có khoản tiền gửi bị trả lại nào sau dòng đầu tiên.',
  returnsLineShape:
    'Dòng {{line}}: xin ghi số khoản thanh toán (ví dụ P2026-00000012), ngày ngân hàng trả lại (YYYY-MM-DD), số tiền (ví dụ 1234.56) và mã lý do trả lại của ngân hàng (ví dụ R02), cách nhau bằng dấu phẩy.',
  returnsUnknownReason:
    'Dòng {{line}}: {{reason}} không phải là lý do ngân hàng trả lại tiền gửi. Xin dùng một trong các mã R02, R03, R04, R14, R15, R16, R17, R20, R23.',
  returnsNotPaid:
    'Dòng {{line}}: khoản thanh toán {{number}} chưa được ghi nhận là đã trả, nên ngân hàng không thể đã trả lại. Xin ghi nhận tập tin xác nhận của khoản đó trước.',
  returnsBeforePaid:
    'Dòng {{line}}: khoản thanh toán {{number}} được trả ngày {{paidOn}}, nên không thể đã bị trả lại ngày {{returnedOn}}.',
  returnsInFuture: 'Dòng {{line}}: ngày {{returnedOn}} ở sau hôm nay. Xin chỉ ghi nhận khoản trả lại sau khi ngân hàng đã trả lại.',
  returnsOtherReturn: 'Dòng {{line}}: khoản thanh toán {{number}} đã được ghi nhận là bị trả lại ngày {{returnedOn}} ({{reason}}).',
  returnReasonR02: 'Ngân hàng của quý vị cho biết tài khoản đã đóng.',
  returnReasonR03: 'Ngân hàng của quý vị không tìm thấy tài khoản, hoặc tài khoản không đứng tên quý vị.',
  returnReasonR04: 'Số tài khoản không phải là số tài khoản hợp lệ tại ngân hàng của quý vị.',
  returnReasonR14: 'Ngân hàng của quý vị cho biết người nhận tiền thay mặt quý vị trên tài khoản đã qua đời hoặc không còn được thay mặt quý vị.',
  returnReasonR15: 'Ngân hàng của quý vị cho biết chủ tài khoản đã qua đời.',
  returnReasonR16: 'Ngân hàng của quý vị đã phong tỏa tài khoản.',
  returnReasonR17: 'Ngân hàng của quý vị không dùng được thông tin tài khoản gửi kèm khoản tiền.',
  returnReasonR20: 'Tài khoản này không nhận loại tiền gửi như khoản này.',
  returnReasonR23: 'Chủ tài khoản đã từ chối nhận khoản tiền gửi này.',
  returnWhatToDoR02:
    'Xin ghi danh một tài khoản đang mở để nhận tiền gửi trực tiếp: trên Cổng Thông Tin Dịch Vụ Điện Tử IHSS (ESP), bằng mẫu SOC 829, hoặc qua Bộ Phận Hỗ Trợ Gửi Tiền Trực Tiếp cho Nhà Cung Cấp theo số 1-866-376-7066 (bấm số 2).',
  returnWhatToDoR03:
    'Xin kiểm tra số tài khoản và số định tuyến (routing number) với ngân hàng, rồi sửa thông tin gửi tiền trực tiếp: trên Cổng Thông Tin Dịch Vụ Điện Tử IHSS (ESP), bằng mẫu SOC 829, hoặc qua Bộ Phận Hỗ Trợ Gửi Tiền Trực Tiếp cho Nhà Cung Cấp theo số 1-866-376-7066 (bấm số 2).',
  returnWhatToDoR04:
    'Xin kiểm tra số tài khoản với ngân hàng, rồi sửa thông tin gửi tiền trực tiếp: trên Cổng Thông Tin Dịch Vụ Điện Tử IHSS (ESP), bằng mẫu SOC 829, hoặc qua Bộ Phận Hỗ Trợ Gửi Tiền Trực Tiếp cho Nhà Cung Cấp theo số 1-866-376-7066 (bấm số 2).',
  returnWhatToDoR14: 'Xin gọi văn phòng IHSS của quận để cho biết bây giờ ai nhận tiền lương của quý vị.',
  returnWhatToDoR15: 'Nếu đây là nhầm lẫn, xin gọi ngay cho ngân hàng và văn phòng IHSS của quận.',
  returnWhatToDoR16:
    'Xin hỏi ngân hàng vì sao tài khoản bị phong tỏa. Để nhận tiền vào tài khoản khác, xin ghi danh tài khoản đó để nhận tiền gửi trực tiếp: trên Cổng Thông Tin Dịch Vụ Điện Tử IHSS (ESP), bằng mẫu SOC 829, hoặc qua Bộ Phận Hỗ Trợ Gửi Tiền Trực Tiếp cho Nhà Cung Cấp theo số 1-866-376-7066 (bấm số 2).',
  returnWhatToDoR17:
    'Xin kiểm tra số tài khoản và số định tuyến (routing number) với ngân hàng, rồi sửa thông tin gửi tiền trực tiếp: trên Cổng Thông Tin Dịch Vụ Điện Tử IHSS (ESP), bằng mẫu SOC 829, hoặc qua Bộ Phận Hỗ Trợ Gửi Tiền Trực Tiếp cho Nhà Cung Cấp theo số 1-866-376-7066 (bấm số 2).',
  returnWhatToDoR20:
    'Xin hỏi ngân hàng tài khoản nào nhận tiền lương gửi vào, hoặc dùng thẻ nhận lương (pay card), rồi ghi danh tài khoản đó để nhận tiền gửi trực tiếp: trên Cổng Thông Tin Dịch Vụ Điện Tử IHSS (ESP), bằng mẫu SOC 829, hoặc qua Bộ Phận Hỗ Trợ Gửi Tiền Trực Tiếp cho Nhà Cung Cấp theo số 1-866-376-7066 (bấm số 2).',
  returnWhatToDoR23:
    'Nếu quý vị không từ chối khoản này, xin gọi ngân hàng. Để nhận tiền vào tài khoản khác, xin ghi danh tài khoản đó để nhận tiền gửi trực tiếp: trên Cổng Thông Tin Dịch Vụ Điện Tử IHSS (ESP), bằng mẫu SOC 829, hoặc qua Bộ Phận Hỗ Trợ Gửi Tiền Trực Tiếp cho Nhà Cung Cấp theo số 1-866-376-7066 (bấm số 2).',
  returnReissue:
    'Tiền lương của quý vị không bị mất: Văn Phòng Kiểm Soát Viên Tiểu Bang sẽ trả lần nữa số tiền bị ngân hàng trả về, thường bằng chi phiếu giấy gửi qua bưu điện đến địa chỉ trong hồ sơ, có thể mất vài tuần. Xin bảo đảm văn phòng IHSS của quận có địa chỉ gửi thư hiện tại của quý vị.',
  providerSuspended:
    'Quý vị không thể khai giờ ngày {{date}}: sau vi phạm {{ordinal}}, quyền làm nhà cung cấp IHSS của quý vị {{consequence}} từ {{start}} đến {{end}}. Nếu quý vị nghĩ điều này sai, xin gọi văn phòng IHSS của quận.',
  violationDisputeClosed: 'Thời hạn khiếu nại vi phạm này đã hết ngày {{deadline}}. Xin gọi văn phòng IHSS của quận.',
  violationAlreadyDisputed: 'Vi phạm này đã được khiếu nại; quận sẽ trả lời trước ngày {{due}}.',
  violationNotDisputed: 'Vi phạm này không có khiếu nại nào đang chờ quyết định.',
  trainingNotOffered: 'Đề nghị học khóa huấn luyện không áp dụng cho vi phạm này, hoặc đã quá hạn.',
  violationOrdinal1: 'lần thứ nhất',
  violationOrdinal2: 'lần thứ hai',
  violationOrdinal3: 'lần thứ ba',
  violationOrdinal4: 'lần thứ tư',
  providerSuspendedSuspended: 'bị tạm ngưng',
  providerSuspendedEnded: 'bị chấm dứt (không còn đủ điều kiện)',
};
