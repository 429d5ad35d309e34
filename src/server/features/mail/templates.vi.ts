import type { Templates } from './templates.js';

const NEVER_ASK = 'Cổng thông tin IHSS không bao giờ hỏi mật khẩu của quý vị qua email, tin nhắn hay điện thoại.';

/** Vietnamese words of the account emails: set-up and reset codes, a changed password. */
export const vi: Templates = {
  setupCode: ({ code, minutes }) => ({
    subject: `Cổng thông tin IHSS: mã của quý vị là ${code}`,
    text: `Mã để xác nhận địa chỉ email này cho Cổng Thông Tin Nhà Cung Cấp IHSS là:\n\n${code}\n\nMã có hiệu lực trong ${minutes} phút. Nếu quý vị không yêu cầu mã này, xin bỏ qua email này.\n\n${NEVER_ASK}`,
  }),
  resetCode: ({ code, minutes }) => ({
    subject: `Cổng thông tin IHSS: mã đặt lại mật khẩu của quý vị là ${code}`,
    text: `Có người đã yêu cầu đặt lại mật khẩu tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị. Mã của quý vị là:\n\n${code}\n\nMã có hiệu lực trong ${minutes} phút, dùng được một lần. Nếu quý vị không yêu cầu, xin bỏ qua email này: mật khẩu của quý vị chưa bị đổi.\n\n${NEVER_ASK}`,
  }),
  passwordChanged: ({ phone }) => ({
    subject: 'Cổng thông tin IHSS: mật khẩu của quý vị đã được đổi',
    text: `Mật khẩu tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị vừa được đổi, và mọi phiên đăng nhập khác đã bị đăng xuất.\n\nNếu quý vị không làm việc này, xin gọi ngay bộ phận hỗ trợ của quận theo số ${phone}.\n\n${NEVER_ASK}`,
  }),
};
