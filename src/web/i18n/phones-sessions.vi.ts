import type { phonesSessionsEn } from './phones-sessions.en';
import type { Words } from './words';

/** Vietnamese words: the same keys and {{placeholders}} as phones-sessions.en.ts. */
export const phonesSessionsVi: Words<typeof phonesSessionsEn> = {
  siteMenu: {
    open: 'Danh mục',
    label: 'Danh mục chính',
    account: 'Tài khoản của quý vị',
    dashboard: 'Trang chính',
    checkIn: 'Chấm giờ đến và về',
    visits: 'Buổi chăm sóc',
    timesheets: 'Bảng chấm công',
    sickLeave: 'Nghỉ bệnh',
    claims: 'Yêu cầu thanh toán',
    payments: 'Khoản thanh toán',
    violations: 'Vi phạm',
    recipients: 'Người nhận',
    messages: 'Tin nhắn',
    profile: 'Hồ sơ cá nhân',
    review: 'Bảng chấm công cần xem xét',
    console: 'Trang quản lý của quận',
    cases: 'Người nhận và hồ sơ',
    enrolments: 'Ghi danh',
    countyReview: 'Xem xét bảng chấm công',
    countyMessages: 'Tin nhắn',
    unlock: 'Mở khóa tài khoản',
    settings: 'Cài đặt của quận',
    countyAdmins: 'Quản trị viên của quận',
    security: 'Đăng nhập và bảo mật',
  },
  keptTaps: {
    heading: '{{count}} lần bấm đang chờ trên điện thoại này',
    checkIn: 'Chấm giờ đến, bấm lúc {{at}}',
    checkOut: 'Chấm giờ về, bấm lúc {{at}}',
    afterSignIn:
      'Phiên làm việc đã hết trước khi kịp gửi. Lần bấm được giữ trên điện thoại này và sẽ được gửi, kèm giờ quý vị đã bấm, ngay khi quý vị đăng nhập lại.',
    onlyTheirs: 'Lần bấm chỉ được gửi khi chính nhà cung cấp đã bấm đăng nhập. Không bao giờ được ghi dưới tên người khác.',
    otherAccountHeading: 'Có một lần bấm của tài khoản khác được giữ trên điện thoại này',
    otherAccountText:
      'Một lần chấm giờ đến hoặc chấm giờ về của tài khoản khác trên điện thoại này chưa được gửi. Lần bấm đó sẽ không được ghi dưới tên quý vị: nó được giữ trên điện thoại này và sẽ được gửi khi nhà cung cấp đó đăng nhập lại ở đây.',
  },
  approval: {
    heading: 'Chấp thuận số giờ này?',
    intro: 'Quý vị đang chấp thuận số giờ {{name}} đã làm cho quý vị từ {{span}}.',
    day: 'Ngày',
    hours: 'Số giờ làm',
    travel: 'Đi lại',
    total: 'Tổng cộng',
    totalLine: 'Tổng cộng: {{worked}} làm việc và {{travel}} đi lại',
    noDays: 'Không có giờ nào được ghi trong kỳ này.',
    confirm: 'Có, chấp thuận số giờ này',
    cancel: 'Quay lại',
  },
};
