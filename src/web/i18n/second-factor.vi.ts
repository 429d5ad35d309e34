import type { secondFactorEn } from './second-factor.en';
import type { Words } from './words';

/** Từ ngữ tiếng Việt của bước đăng nhập thứ hai và đăng nhập bằng khóa truy cập: cùng các khóa như second-factor.en.ts. */
export const secondFactorVi: Words<typeof secondFactorEn> = {
  passkeySignIn: {
    or: 'Hoặc, không cần số ID hay mật khẩu',
    button: 'Đăng nhập bằng khóa truy cập',
    busy: 'Đang chờ khóa truy cập của quý vị…',
    hint: 'Dùng khuôn mặt, vân tay, mã PIN hoặc khóa bảo mật quý vị đã thiết lập cho cổng này.',
  },
  secondFactor: {
    title: 'Hoàn tất đăng nhập',
    intro: 'Mật khẩu của quý vị đúng. Để bảo vệ tài khoản, hãy chứng minh đó là quý vị thêm một cách nữa.',
    otherWays: 'Dùng cách khác',
    cancel: 'Hủy',
    submit: 'Tiếp tục',
    submitting: 'Đang kiểm tra…',
    codeLabel: 'Mã 6 chữ số',
    chooseTotp: 'Dùng mã từ ứng dụng xác thực',
    chooseSms: 'Nhận mã qua tin nhắn',
    choosePasskey: 'Dùng khóa truy cập của quý vị',
    chooseRecovery: 'Dùng mã khôi phục',
    totpHeading: 'Nhập mã từ ứng dụng xác thực',
    totpHint: 'Mở ứng dụng xác thực trên điện thoại và nhập 6 chữ số mà ứng dụng hiển thị cho Cổng Thông Tin Nhà Cung Cấp IHSS.',
    smsHeading: 'Nhận mã qua tin nhắn',
    smsWeak: 'Tin nhắn là cách đăng nhập kém an toàn nhất. Hãy dùng khóa truy cập hoặc ứng dụng xác thực khi có thể.',
    sendTo: 'Gửi mã đến {{phone}}',
    sendToPhone: 'Gửi mã đến điện thoại của quý vị',
    sentTo: 'Chúng tôi đã gửi mã đến {{phone}}.',
    smsHint: 'Mã nằm trong tin nhắn từ Cổng Thông Tin Nhà Cung Cấp IHSS.',
    sendAgain: 'Gửi mã mới',
    sending: 'Đang gửi…',
    passkeyHeading: 'Dùng khóa truy cập của quý vị',
    passkeyText: 'Dùng khuôn mặt, vân tay, mã PIN hoặc khóa bảo mật quý vị đã thiết lập cho tài khoản này.',
    passkeyButton: 'Dùng khóa truy cập của quý vị',
    recoveryHeading: 'Dùng mã khôi phục',
    recoveryText: 'Mỗi mã khôi phục chỉ dùng được một lần. Sau khi đăng nhập, quý vị có thể tạo mã mới ở trang “Đăng nhập và bảo mật”.',
    recoveryLabel: 'Mã khôi phục',
    recoveryHint: '10 chữ cái và chữ số, ví dụ 7KQM2-X9D4P. Có thể nhập dấu gạch ngang và khoảng trắng.',
    passkeyCancelled: 'Khóa truy cập chưa được dùng: yêu cầu đã bị hủy hoặc quá lâu. Hãy thử lại hoặc chọn cách khác.',
    passkeyFailed: 'Trình duyệt này không dùng được khóa truy cập. Hãy chọn cách đăng nhập khác.',
  },
};
