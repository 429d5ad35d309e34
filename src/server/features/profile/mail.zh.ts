import type { ProfileMail } from './mail.js';

/** 個人資料電子郵件的中文（繁體）文字：新地址的驗證碼，以及寄給舊地址的通知。 */
export const zh: ProfileMail = {
  emailChangeCode: ({ code, minutes }) => ({
    subject: `IHSS 入口網站：您的驗證碼是 ${code}`,
    text: `如要在您的 IHSS 服務提供者入口網站帳戶使用這個電子郵件地址，請在您的個人資料頁面輸入這個驗證碼：\n\n${code}\n\n驗證碼在 ${minutes} 分鐘內有效。如果您沒有要求驗證碼，可以不理會這封電子郵件。\n\nIHSS 入口網站絕不會透過電子郵件、簡訊或電話向您索取密碼。`,
  }),
  emailChanged: ({ newAddress, phone }) => ({
    subject: 'IHSS 入口網站：您的電子郵件地址已變更',
    text: `您 IHSS 服務提供者入口網站帳戶的電子郵件地址已變更為 ${newAddress}。從現在起，訊息會寄到這個地址。\n\n如果這不是您做的，請立即致電您所在縣的服務台：${phone}。`,
  }),
};
