import type { NoticeFacts, NoticeWords } from './notice.js';

const what = (f: NoticeFacts) =>
  f.method === 'warrant' ? 'được gửi qua bưu điện cho quý vị bằng chi phiếu giấy' : `được gửi vào tài khoản ${f.accountType === 'savings' ? 'tiết kiệm' : 'vãng lai'} có số cuối là ${f.last4}`;

/** Lời tiếng Việt của thông báo thay đổi nơi nhận tiền lương (xem notice.ts). */
export const vi: NoticeWords = {
  email: (f) => ({
    subject: f.method === 'warrant' ? 'IHSS: tiền lương của quý vị sẽ đổi sang chi phiếu giấy' : `IHSS: tiền lương của quý vị sẽ đổi sang tài khoản có số cuối ${f.last4}`,
    text: [
      `Vào ngày ${f.requestedOn}, có người đã đăng nhập vào tài khoản nhà cung cấp IHSS của quý vị và yêu cầu để tiền lương của quý vị ${what(f)}.`,
      `Thay đổi này được áp dụng từ đợt trả lương ngày ${f.liveFrom}. Cho đến lúc đó, tiền lương của quý vị vẫn được trả như hiện nay.`,
      `Nếu chính quý vị đã thực hiện thay đổi này, quý vị không cần làm gì cả. Để hủy, xin đăng nhập vào cổng thông tin nhà cung cấp IHSS, mở Khoản thanh toán rồi Gửi tiền trực tiếp, trước khi hết ngày ${f.holdEndsOn}.`,
      `Nếu quý vị không thực hiện thay đổi này, xin gọi ngay cho quận của quý vị theo số ${f.helpPhone}: quận có thể hủy thay đổi này cho đến hết ngày ${f.holdEndsOn}. Sau đó xin đổi mật khẩu của quý vị.`,
      'Cổng thông tin IHSS không bao giờ hỏi mật khẩu hay thông tin ngân hàng của quý vị qua email, tin nhắn hay điện thoại.',
    ].join('\n\n'),
  }),
  sms: (f) =>
    `IHSS: tiền lương của quý vị sẽ đổi ${f.method === 'warrant' ? 'sang chi phiếu giấy' : `sang tài khoản có số cuối ${f.last4}`} từ ngày ${f.liveFrom}. Không phải quý vị? Gọi ngay cho quận: ${f.helpPhone}. Để hủy, xin đăng nhập: Khoản thanh toán, Gửi tiền trực tiếp, trước hết ngày ${f.holdEndsOn}.`,
};
