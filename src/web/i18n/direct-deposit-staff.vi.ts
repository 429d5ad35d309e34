import type { Words } from './words';
import type { directDepositStaffEn } from './direct-deposit-staff.en';

/** Vietnamese words of direct deposit in the county console (see direct-deposit-staff.en.ts). */
export const directDepositStaffVi: Words<typeof directDepositStaffEn> = {
  directDepositStaff: {
    waitingHeading: 'Các thay đổi gửi tiền trực tiếp đang chờ',
    waitingIntro: 'Các thay đổi tài khoản ngân hàng đang trong thời gian chờ của quận, hoặc đang được ngân hàng kiểm tra. Khi một thay đổi còn trong thời gian chờ, hãy hủy nếu nhà cung cấp nói rằng họ không thực hiện.',
    waitingEmpty: 'Không có thay đổi gửi tiền trực tiếp nào đang chờ.',
    waitingCaption: 'Các thay đổi gửi tiền trực tiếp đang chờ, sớm nhất trước',
    provider: 'Nhà cung cấp',
    newWay: 'Cách trả mới',
    askedOn: 'Ngày yêu cầu',
    status: 'Tình trạng',
    usedFrom: 'Áp dụng từ',
    notices: 'Thông báo đã gửi',
    action: 'Thao tác',
    holdUntil: '{{status}} đến hết ngày {{date}}',
    cancel: 'Hủy',
    cancelLabel: 'Hủy thay đổi của {{name}}',
    cancelled: 'Thay đổi của {{name}} đã bị hủy; tiền lương của nhà cung cấp vẫn được trả như hiện nay.',
    noticeEmail: 'Email đến {{to}}: {{status}}',
    noticeSms: 'Tin nhắn đến {{to}}: {{status}}',
    noticeStatus: {
      pending: 'đang chờ gửi',
      sent: 'đã gửi',
      skipped: 'không gửi',
    },
    accountHeading: 'Gửi tiền trực tiếp',
    payGoesTo: 'Tiền lương được gửi đến',
    waitingChange: 'Thay đổi đang chờ',
    noChange: 'Không có',
    cancelledBy: {
      provider: 'Nhà cung cấp đã hủy',
      county: 'Quận đã hủy',
    },
    holdHeading: 'Thời gian chờ của gửi tiền trực tiếp',
    holdIntro: 'Một thay đổi tài khoản ngân hàng của nhà cung cấp phải chờ chừng này ngày làm việc trước khi ngân hàng gửi giao dịch thử (pre-note), để nhà cung cấp hoặc quận có thể hủy một thay đổi mà nhà cung cấp không thực hiện. Áp dụng cho các thay đổi từ nay trở đi.',
    holdLabel: 'Ngày làm việc (từ {{min}} đến {{max}})',
    holdHint: 'Nếu quận không đặt số khác: {{days}}.',
    holdSave: 'Lưu thời gian chờ',
    holdSaved: 'Đã lưu: các thay đổi từ nay trở đi phải chờ {{count}} ngày làm việc.',
  },
};
