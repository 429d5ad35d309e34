import type { sentBackEn } from './sent-back.en';
import type { Words } from './words';

/** Vietnamese words: the same keys and {{placeholders}} as sent-back.en.ts. */
export const sentBackVi: Words<typeof sentBackEn> = {
  story: {
    heading: 'Tình trạng hiện nay',
    recipientApproved: '{{name}} đã chấp thuận ngày {{at}}.',
    recipientReturned: '{{name}} đã gửi trả lại ngày {{at}}.',
    countyApproved: 'Quận {{county}} đã chấp thuận ngày {{at}}.',
    countyDenied: 'Quận {{county}} đã bác ngày {{at}}.',
    countyDeniedNoName: 'Quận đã bác ngày {{at}}.',
    recipientReason: 'Lý do của họ: “{{reason}}”',
    countyNote: 'Ghi chú của quận: “{{note}}”',
    reasonsHeading: 'Lý do của quận, kèm những gì cần đổi',
    onDay: 'Về ngày {{day}}',
    onWeek: 'Về tuần {{span}}',
    whatToChange: 'Cần đổi gì:',
    next: {
      submit: 'Bước tiếp theo: kiểm tra các ngày, rồi nộp cho {{name}}.',
      wait_recipient: 'Bước tiếp theo: {{name}} chấp thuận hoặc gửi trả lại. Họ được yêu cầu quyết định trước ngày {{date}}.',
      wait_recipient_noDate: 'Bước tiếp theo: {{name}} chấp thuận hoặc gửi trả lại.',
      wait_county: 'Bước tiếp theo: quận xem xét. Quý vị sẽ được báo khi quận quyết định.',
      correct: 'Bước tiếp theo: sửa lại, rồi chọn “Gửi bản sửa”.',
      correcting: 'Bước tiếp theo: làm xong bản sửa quý vị đã bắt đầu, rồi chọn “Gửi bản sửa”.',
      wait_payment: 'Bước tiếp theo: tiền được trả. Quý vị sẽ được báo khi khoản thanh toán được phát hành.',
      wait_bank: 'Bước tiếp theo: tiền đến tay quý vị. Mục “Tiền lương của tôi đang ở đâu” bên dưới cho biết ngày dự kiến.',
      paid: 'Đã được trả. Không cần làm gì thêm.',
      replaced: 'Đã có bản mới hơn thay thế.',
    },
    openCorrection: 'Mở bản sửa',
    correcting: 'Đang mở bản sửa…',
    correctionHeading: 'Vì sao bị gửi trả lại',
    correctionIntro:
      'Xin sửa những điều ghi dưới đây (mỗi lý do cũng hiện bên cạnh ngày hoặc tuần liên quan), rồi chọn “Gửi bản sửa” ở cuối trang.',
    seeClaim: 'Xem yêu cầu thanh toán và lịch sử',
    submitCorrection: 'Gửi bản sửa',
  },
  attention: {
    returnedByRecipient: '{{name}} đã gửi trả lại bảng chấm công {{span}} của quý vị.',
    deniedByCounty: 'Quận {{county}} đã bác bảng chấm công của quý vị cho {{name}}, {{span}}.',
    deniedByCountyNoName: 'Quận đã bác bảng chấm công của quý vị cho {{name}}, {{span}}.',
    correctLink: 'Sửa bảng chấm công cho {{name}}',
  },
  submitted: {
    heading: 'Đã nộp: bảng chấm công của quý vị đang ở chỗ {{name}}',
    correctionHeading: 'Đã nộp: bản sửa của quý vị đang ở chỗ {{name}}',
    next: '{{name}} được yêu cầu chấp thuận hoặc gửi trả lại trước ngày {{date}}. Quý vị sẽ nhận thông báo khi họ quyết định; cho đến lúc đó không cần làm gì thêm.',
  },
};
