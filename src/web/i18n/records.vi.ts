import type { Words } from './words';
import type { recordsEn } from './records.en';

/** Vietnamese words of 'Download my records' (see records.en.ts). */
export const recordsVi: Words<typeof recordsEn> = {
  records: {
    heading: 'Hồ sơ của quý vị',
    intro: 'Giữ một bản riêng các lần đăng nhập, chấm giờ đến và về, bảng chấm công cùng mọi quyết định về chúng, tin nhắn với quận và các khoản thanh toán. Tất cả nằm trong một tập tin ZIP gồm các tập tin bảng tính (CSV), kèm tập tin README giải thích mỗi tập tin chứa gì.',
    privacy: 'Các tập tin chỉ có hồ sơ của chính quý vị, không bao giờ có thông tin sức khỏe của người khác. Xin cất giữ ở nơi an toàn.',
    download: 'Tải hồ sơ của tôi',
    preparing: 'Đang chuẩn bị hồ sơ của quý vị…',
  },
};
