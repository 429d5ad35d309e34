import type { Words } from './words';
import type { whereIsMyPayEn } from './where-is-my-pay.en';

/** Vietnamese words of "Where is my pay" (see where-is-my-pay.en.ts). */
export const whereIsMyPayVi: Words<typeof whereIsMyPayEn> = {
  whereIsMyPay: {
    heading: 'Tiền lương của tôi đang ở đâu',
    dashboardHeading: 'Tiền lương đang được chuyển',
    forClaim: '{{name}}, {{span}}',
    headline: {
      deposit: 'Dự kiến vào ngân hàng của quý vị ngày {{date}}',
      depositArrived: 'Đã vào ngân hàng của quý vị ngày {{date}}',
      mail: 'Chi phiếu của quý vị dự kiến đến qua bưu điện trước ngày {{date}}',
      mailArrived: 'Chi phiếu của quý vị đã được thanh toán ngày {{date}}',
      returned: 'Ngân hàng của quý vị đã trả lại khoản tiền gửi. Tiểu Bang sẽ trả lại khoản này, thường bằng chi phiếu gửi qua bưu điện: hãy giữ địa chỉ gửi thư của quý vị luôn cập nhật.',
      sentBack: 'Không có khoản lương nào đang được chuyển: bảng chấm công này đã được gửi trả lại cho quý vị. Hãy sửa và nộp lại.',
    },
    stepsHeading: 'Từng bước',
    state: {
      done: 'Xong',
      now: 'Hiện tại',
      next: 'Tiếp theo',
    },
    step: {
      recipientDone: 'Người nhận dịch vụ của quý vị đã chấp thuận ngày {{date}}',
      recipientWaiting: 'Đang chờ người nhận dịch vụ của quý vị chấp thuận, hạn chót ngày {{date}}',
      countyDone: 'Quận đã xem xét ngày {{date}}',
      countyWaiting: 'Quận đang xem xét: dự kiến có quyết định trước ngày {{date}}',
      countyNext: 'Quận xem xét, dự kiến trước ngày {{date}}',
      countyOnHold: 'Quận đã tạm giữ bảng chấm công này.',
      countyWhy: 'Những gì quận kiểm tra:',
      approvedDone: 'Được chấp thuận ngày {{date}}',
      approvedNext: 'Dự kiến được chấp thuận trước ngày {{date}}',
      payRunDone: 'Tiểu Bang đã trả ngày {{date}}',
      payRunNext: 'Trong đợt trả lương ngày {{date}}',
      depositDone: 'Đã vào ngân hàng của quý vị ngày {{date}}',
      depositNext: 'Dự kiến vào ngân hàng của quý vị ngày {{date}}',
      mailDone: 'Chi phiếu đã được thanh toán ngày {{date}}',
      mailSent: 'Chi phiếu đã gửi qua bưu điện ngày {{mailed}}, dự kiến đến trước ngày {{date}}',
      mailNext: 'Chi phiếu sẽ được gửi qua bưu điện ngày {{mailed}}, dự kiến đến trước ngày {{date}}',
      returned: 'Ngân hàng của quý vị đã trả lại khoản tiền gửi ngày {{date}}',
      returnedWhy: 'Lý do, và cần làm gì:',
      sentBack: 'Đã gửi trả lại cho quý vị ngày {{date}}',
    },
    late: {
      days: 'trễ {{count}} ngày',
      recipient: 'Người nhận dịch vụ của quý vị được yêu cầu quyết định trước ngày {{date}}: {{late}}.',
      countyReview: 'Tiểu Bang có 10 ngày làm việc để trả một bảng chấm công đã được chấp thuận; thời hạn đó đã hết ngày {{date}}: việc xem xét của quận {{late}}.',
      payRun: 'Tiểu Bang có 10 ngày làm việc để trả một bảng chấm công đã được chấp thuận; thời hạn đó đã hết ngày {{date}}: khoản thanh toán này {{late}}.',
      deposit: 'Khoản tiền gửi này lẽ ra phải vào ngân hàng của quý vị ngày {{date}}: {{late}}. Hãy kiểm tra tài khoản của quý vị trước.',
      mail: 'Chi phiếu của quý vị lẽ ra phải đến trước ngày {{date}}: {{late}}. Quận có thể hủy chi phiếu đó và gửi cho quý vị chi phiếu mới.',
      call: 'Hãy gọi bộ phận hỗ trợ của quận quý vị:',
    },
  },
};
