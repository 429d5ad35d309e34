import { browserWords, day, denialWords, deviceWords, factorChange, forWhom, ordinalOf, placeWords, reasonText, remainingOf, returnWords, s, sentence, type DeviceWords, type FactorChangeWords, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

const period = (d: Record<string, unknown>) =>
  d.payPeriodStart && d.payPeriodEnd ? ` cho kỳ từ ngày ${day(d.payPeriodStart, 'vi')} đến ngày ${day(d.payPeriodEnd, 'vi')}` : '';
/** Who denied it: the reader's county by name when known. */
const countyOf = (i: TemplateInput) => (i.countyName ? `Quận ${i.countyName}` : 'quận');
/** A county named in a sentence: "Quận Los Angeles", or "quận của quý vị" when it is not known. */
const countyName = (name: unknown, fallback: string) => (name ? `Quận ${s(name)}` : fallback);

/** Vietnamese notifications: the words of every email, text message and in-app notice. */
// The security notices of issue #14: second factors, recovery codes and new devices.
const NOT_YOU = 'Nếu quý vị không làm việc này, xin đổi mật khẩu và gọi ngay bộ phận hỗ trợ của quận.';
const smsNotYou = (phone: string) => `Không phải quý vị? Xin gọi bộ phận hỗ trợ của quận theo số ${phone}.`;
const FACTORS: FactorChangeWords = {
  titles: {
    added: 'Đã thêm một cách đăng nhập thứ hai',
    removed: 'Đã gỡ một cách đăng nhập thứ hai',
    newRecoveryCodes: 'Đã tạo mã khôi phục mới',
    changed: 'Các cách đăng nhập thứ hai của quý vị đã thay đổi',
  },
  added: {
    passkey: 'Một khóa truy cập (passkey) đã được thêm vào tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị.',
    totp: 'Một ứng dụng xác thực đã được thiết lập cho tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị.',
    sms: 'Mã qua tin nhắn gửi đến điện thoại của quý vị đã được bật cho tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị.',
    recovery_codes: 'Một bộ mã khôi phục mới đã được tạo cho tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị; các mã cũ không còn dùng được.',
  },
  removed: {
    passkey: 'Một khóa truy cập (passkey) đã bị gỡ khỏi tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị.',
    totp: 'Ứng dụng xác thực đã bị gỡ khỏi tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị.',
    sms: 'Mã qua tin nhắn đã bị tắt cho tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị.',
    recovery_codes: 'Các mã khôi phục của tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị đã bị xóa.',
  },
  changed: 'Các cách đăng nhập thứ hai của tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị đã thay đổi.',
};
const DEVICE: DeviceWords = {
  devices: { phone: 'Điện thoại', tablet: 'Máy tính bảng', computer: 'Máy tính' },
  unknownBrowser: 'Trình duyệt không rõ',
  browserOn: (browser, os) => `${browser} trên ${os}`,
  separator: ', ',
  places: {
    this_computer: 'Chính máy tính của cổng thông tin',
    private: 'Mạng riêng',
    internet: 'Mạng Internet',
    unknown: 'Không rõ',
    internet4: (address) => `Mạng Internet, IPv4 ${address}`,
    internet6: 'Mạng Internet, IPv6',
  },
};
const codesLeft = (n: number | null) => (n === null ? '' : n === 0 ? ' Quý vị không còn mã khôi phục nào: xin tạo một bộ mới trên cổng thông tin.' : ` Còn lại ${n} mã khôi phục.`);

export const vi: NotificationWords = {
  subjectPrefix: 'Cổng thông tin IHSS',
  seeDetails: 'Xem chi tiết trên cổng thông tin IHSS.',
  closing: (i) =>
    `Xin đăng nhập vào Cổng Thông Tin Nhà Cung Cấp IHSS để xem chi tiết. Có thắc mắc? Xin gọi IHSS ${i.countyName ? `Quận ${i.countyName}` : 'của quận'} theo số ${i.helpPhone}.\n\nCổng thông tin IHSS không bao giờ hỏi mật khẩu của quý vị qua email, tin nhắn hay điện thoại, và không bao giờ gửi đường dẫn để đăng nhập thay quý vị.`,
  table: {
    timesheet_approved: ({ data }) => ({
      title: 'Bảng chấm công đã được chấp thuận',
      text: `Bảng chấm công của quý vị${forWhom(data)}${period(data)} đã được chấp thuận.`,
    }),
    timesheet_rejected: (i) => {
      const { data } = i;
      if (data.by === 'county') {
        const county = countyOf(i);
        return {
          title: `${sentence(county)} đã bác bảng chấm công của quý vị`,
          text: `${sentence(county)} đã bác bảng chấm công của quý vị${forWhom(data)}${period(data)}. Lý do, kèm những gì cần đổi:\n${denialWords(data, 'vi')}${data.reason ? `\nGhi chú của quận: "${s(data.reason)}"` : ''}\nXin mở mục "Cần quý vị chú ý" trên cổng thông tin: đường dẫn ở đó sẽ mở bản sửa. Xin đổi những gì lý do nêu ra, rồi chọn "Gửi bản sửa".`,
          sms: `IHSS: ${county} đã bác bảng chấm công của quý vị${forWhom(data)}. Xem lý do và sửa trên cổng thông tin IHSS.`,
        };
      }
      const who = data.recipientName ? s(data.recipientName) : 'Người nhận';
      return {
        title: `${who} đã gửi trả lại bảng chấm công của quý vị`,
        text: `${who} đã gửi trả lại bảng chấm công của quý vị${period(data)}${data.reason ? `. Lý do của họ: "${s(data.reason)}"` : ''}.\nXin mở mục "Cần quý vị chú ý" trên cổng thông tin: đường dẫn ở đó sẽ mở bản sửa. Xin sửa những gì họ nêu ra, rồi chọn "Gửi bản sửa".`,
        sms: `IHSS: ${who} đã gửi trả lại bảng chấm công của quý vị. Xem lý do và sửa trên cổng thông tin IHSS.`,
      };
    },
    payment_issued: ({ data }) => ({
      title: 'Đã phát hành khoản thanh toán',
      text: `Một khoản thanh toán${data.amount ? ` số tiền ${s(data.amount)}` : ''}${period(data)} đã được phát hành${data.payDate ? ` ngày ${day(data.payDate, 'vi')}` : ''}. Phiếu lương của quý vị có trên cổng thông tin.` + (data.shareOfCost && data.recipientName ? ` Hãy thu ${s(data.shareOfCost)} từ ${s(data.recipientName)}: đây là phần chia sẻ chi phí (Share of Cost) của người nhận dịch vụ, đã được khấu trừ khỏi khoản thanh toán này.` : ''),
    }),
    payment_paid: ({ data }) => ({
      title: 'Khoản thanh toán đã được trả',
      text: `Theo Văn Phòng Kiểm Soát Viên Tiểu Bang (State Controller's Office), khoản thanh toán ${s(data.paymentNumber)}${data.amount ? ` số tiền ${s(data.amount)}` : ''}${period(data)} đã được trả${data.paidOn ? ` ngày ${day(data.paidOn, 'vi')}` : ''}. Nếu quý vị chưa nhận được, xin gọi văn phòng IHSS của quận.`,
    }),
    payment_returned: ({ data }) => ({
      title: 'Ngân hàng đã trả lại một khoản thanh toán',
      text: `Khoản thanh toán ${s(data.paymentNumber)}${data.amount ? ` số tiền ${s(data.amount)}` : ''}${period(data)} đã bị ngân hàng của quý vị trả lại${data.returnedOn ? ` ngày ${day(data.returnedOn, 'vi')}` : ''}: số tiền này chưa vào tài khoản của quý vị. ${returnWords(data, 'vi')}`,
      sms: `IHSS: ngân hàng đã trả lại khoản thanh toán ${s(data.paymentNumber)}${data.amount ? ` số tiền ${s(data.amount)}` : ''}. ${reasonText(data, 'vi')}Xem cần làm gì trên cổng thông tin IHSS.`,
    }),
    recipient_no_action: ({ data }) => ({
      title: 'Người nhận chưa xem xét bảng chấm công của quý vị',
      text: `Bảng chấm công của quý vị${forWhom(data)}${period(data)} đã được nộp 2 ngày trước và người nhận chưa chấp thuận hay từ chối. Quý vị có thể muốn nhắc họ.`,
    }),
    violation_recorded: ({ data }) => ({
      title: 'Có một vi phạm được ghi nhận',
      text: `Quận đã ghi nhận một vi phạm${ordinalOf(data, 'vi') ? ` ${ordinalOf(data, 'vi')}` : ''}${data.month ? ` trong ${monthInWords('vi', s(data.month))}` : ''}. Giờ làm thêm quý vị đã làm vẫn được trả lương. Quý vị có thể khiếu nại trong vòng 10 ngày.`,
    }),
    new_message: ({ data }) => ({
      title: `Tin nhắn mới: ${s(data.subject, 'từ quận của quý vị')}`,
      text: `Quý vị có tin nhắn mới từ IHSS ${countyName(data.countyName, 'của quận')}: "${s(data.subject)}".${data.requiresAck ? ' Xin đọc và xác nhận là quý vị đã đọc.' : ''}`,
      sms: `IHSS: tin nhắn mới từ ${countyName(data.countyName, 'quận của quý vị')}: "${s(data.subject)}". Đọc trên cổng thông tin IHSS.`,
    }),
    pay_period_ending: ({ data }) => ({
      title: 'Kỳ trả lương sắp kết thúc',
      text: `Kỳ trả lương kết thúc ${data.payPeriodEnd ? `ngày ${day(data.payPeriodEnd, 'vi')}` : 'sắp tới'} và chưa có bảng chấm công nào được nộp${forWhom(data)}. Xin nộp để không bị trả lương trễ.`,
    }),
    password_changed: () => ({
      title: 'Mật khẩu của quý vị đã được đổi',
      text: 'Mật khẩu tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị vừa được đổi, và các phiên đăng nhập khác đã bị đăng xuất. Nếu quý vị không làm việc này, xin gọi ngay bộ phận hỗ trợ của quận.',
    }),
    contact_changed: ({ data }) => ({
      title: 'Thông tin liên lạc của quý vị đã được đổi',
      text: `${data.what === 'phone' ? 'Số điện thoại' : data.what === 'address' ? 'Địa chỉ gửi thư' : 'Địa chỉ email'} của tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị đã được đổi. Nếu quý vị không làm việc này, xin gọi ngay bộ phận hỗ trợ của quận.`,
    }),
    account_created: ({ data }) =>
      data.kind === 'recipient'
        ? {
            title: 'Tài khoản cổng thông tin IHSS của quý vị',
            text: `${countyName(data.countyName, 'Quận của quý vị')} đã tạo tài khoản cổng thông tin IHSS cho hồ sơ của quý vị. Quý vị đăng nhập bằng số hồ sơ, ${s(data.loginId)}. Để chọn mật khẩu, xin mở trang đăng nhập của cổng thông tin, chọn "Người nhận", rồi "Quên mật khẩu?", và nhập số hồ sơ: một mã sẽ được gửi đến địa chỉ này.`,
          }
        : data.kind === 'setup'
        ? {
            title: 'Tài khoản cổng thông tin IHSS của quý vị đã được tạo',
            text: `Tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị (Mã số nhà cung cấp ${s(data.loginId)}) vừa được tạo với địa chỉ email này. Nếu quý vị không làm việc này, xin gọi ngay bộ phận hỗ trợ của quận.`,
          }
        : {
            title: 'Tài khoản cổng thông tin IHSS của quý vị',
            text: `Một tài khoản nhân viên trên Cổng Thông Tin Nhà Cung Cấp IHSS đã được tạo cho quý vị${data.countyName ? ` tại Quận ${s(data.countyName)}` : ''}. Tên người dùng của quý vị là ${s(data.loginId)}. Để chọn mật khẩu, xin mở trang đăng nhập của cổng thông tin, chọn "Nhân viên quận", rồi "Quên mật khẩu?", và nhập tên người dùng: một mã sẽ được gửi đến địa chỉ này.`,
          },
    second_factor_changed: ({ data, helpPhone }) => {
      const { title, what } = factorChange(FACTORS, data);
      return { title, text: `${what} ${NOT_YOU}`, sms: `IHSS: ${title}. ${smsNotYou(helpPhone)}` };
    },
    recovery_code_used: ({ data, helpPhone }) => ({
      title: 'Một mã khôi phục đã được dùng',
      text: `Một mã khôi phục vừa được dùng để đăng nhập vào tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị.${codesLeft(remainingOf(data))} ${NOT_YOU}`,
      sms: `IHSS: một mã khôi phục vừa được dùng để đăng nhập vào tài khoản của quý vị. ${smsNotYou(helpPhone)}`,
    }),
    second_factor_reset: ({ helpPhone }) => ({
      title: 'Các cách đăng nhập thứ hai của quý vị đã được đặt lại',
      text: 'Theo yêu cầu của quý vị, sau khi quý vị chứng minh danh tính, quận đã gỡ các cách đăng nhập thứ hai (khóa truy cập, ứng dụng xác thực, mã qua tin nhắn và mã khôi phục) khỏi tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị. Lần đăng nhập tới, quý vị có thể thiết lập cách mới. Nếu quý vị không yêu cầu việc này, xin gọi ngay bộ phận hỗ trợ của quận.',
      sms: `IHSS: quận đã đặt lại các cách đăng nhập thứ hai của tài khoản quý vị. Nếu quý vị không yêu cầu việc này, xin gọi bộ phận hỗ trợ của quận theo số ${helpPhone}.`,
    }),
    new_device_sign_in: ({ data, helpPhone }) => ({
      title: 'Đăng nhập mới từ một thiết bị chưa từng thấy',
      text: `Tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị vừa được đăng nhập từ một thiết bị chưa từng thấy trước đây.\nThiết bị: ${deviceWords(DEVICE, data)}\nMạng: ${placeWords(DEVICE, data)}\nNếu đó là quý vị, quý vị không cần làm gì. Nếu không phải, xin đổi mật khẩu ngay và gọi bộ phận hỗ trợ của quận.`,
      sms: `IHSS: đăng nhập mới vào tài khoản của quý vị từ ${browserWords(DEVICE, data)}. Không phải quý vị? Xin đổi mật khẩu và gọi bộ phận hỗ trợ của quận theo số ${helpPhone}.`,
    }),
    withholding_changed: ({ data, helpPhone }) => ({
      title: 'Khoản khấu lưu thuế của quý vị đã được thay đổi',
      text: `Lựa chọn khấu lưu thuế thu nhập ${data.tax === 'state' ? 'California (DE 4)' : 'liên bang (W-4)'} của quý vị đã được thay đổi trên Cổng Thông Tin Nhà Cung Cấp IHSS.${data.effectiveFrom ? ` Thay đổi áp dụng cho các khoản trả từ ngày ${day(data.effectiveFrom, 'vi')}.` : ''} Nếu không phải quý vị làm việc này, xin đổi mật khẩu ngay và gọi bộ phận hỗ trợ của quận.`,
      sms: `IHSS: khoản khấu lưu thuế ${data.tax === 'state' ? 'California' : 'liên bang'} của quý vị đã được thay đổi. Không phải quý vị? Xin gọi bộ phận hỗ trợ của quận theo số ${helpPhone}.`,
    }),
  },
};
