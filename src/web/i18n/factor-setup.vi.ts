import type { factorSetupEn } from './factor-setup.en';
import type { Words } from './words';

/** Từ ngữ tiếng Việt của việc bắt buộc và mời thiết lập cách đăng nhập thứ hai: cùng các khóa như factor-setup.en.ts. */
export const factorSetupVi: Words<typeof factorSetupEn> = {
  factorGate: {
    title: 'Thiết lập cách đăng nhập thứ hai',
    whyStaff: 'Nhân viên quận và tiểu bang phải dùng cách đăng nhập thứ hai, vì tài khoản nhân viên mở được hồ sơ của nhiều người.',
    whyCounty: 'Quận {{county}} yêu cầu mọi tài khoản có cách đăng nhập thứ hai.',
    whyNoCounty: 'Quận của quý vị yêu cầu mọi tài khoản có cách đăng nhập thứ hai.',
    how: 'Sau mật khẩu, quý vị sẽ dùng thêm khóa truy cập, mã từ ứng dụng xác thực hoặc mã gửi qua tin nhắn. Người biết mật khẩu của quý vị vẫn không mở được tài khoản.',
    then: 'Khi quý vị thêm một cách, cổng sẽ mở như bình thường.',
    addHeading: 'Thêm một cách ngay bây giờ',
  },
  factorInvite: {
    heading: 'Bảo vệ tài khoản bằng cách đăng nhập thứ hai',
    text: 'Với khóa truy cập hoặc ứng dụng xác thực, người biết mật khẩu của quý vị vẫn không mở được tài khoản.',
    setUp: 'Thiết lập ngay',
    notNow: 'Để sau',
  },
};
