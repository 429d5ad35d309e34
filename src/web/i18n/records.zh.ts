import type { Words } from './words';
import type { recordsEn } from './records.en';

/** Chinese (Traditional) words of 'Download my records' (see records.en.ts). */
export const recordsZh: Words<typeof recordsEn> = {
  records: {
    heading: '您的紀錄',
    intro: '保存一份您自己的登入、簽到和簽退、工時表及其每項決定、與縣政府的訊息，以及付款紀錄。這些紀錄是一個 ZIP 檔，內含試算表（CSV）檔案和一份說明每個檔案內容的 README。',
    privacy: '這些檔案只有您自己的紀錄，絕不含其他人的健康資料。請存放在安全的地方。',
    download: '下載我的紀錄',
    preparing: '正在準備您的紀錄…',
  },
};
