import type { ProfileMail } from './mail.js';

/** Vietnamese words of the profile emails: the code for a new address, and the notice to the old one. */
export const vi: ProfileMail = {
  emailChangeCode: ({ code, minutes }) => ({
    subject: `Cổng thông tin IHSS: mã của quý vị là ${code}`,
    text: `Để dùng địa chỉ email này cho tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS, xin nhập mã này trên trang hồ sơ cá nhân:\n\n${code}\n\nMã có hiệu lực trong ${minutes} phút. Nếu quý vị không yêu cầu mã này, xin bỏ qua email này.\n\nCổng thông tin IHSS không bao giờ hỏi mật khẩu của quý vị qua email, tin nhắn hay điện thoại.`,
  }),
  emailChanged: ({ newAddress, phone }) => ({
    subject: 'Cổng thông tin IHSS: địa chỉ email của quý vị đã được đổi',
    text: `Địa chỉ email của tài khoản Cổng Thông Tin Nhà Cung Cấp IHSS của quý vị đã được đổi thành ${newAddress}. Từ nay thư sẽ được gửi đến địa chỉ đó.\n\nNếu quý vị không làm việc này, xin gọi ngay bộ phận hỗ trợ của quận theo số ${phone}.`,
  }),
};
