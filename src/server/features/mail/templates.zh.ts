import type { Templates } from './templates.js';

const NEVER_ASK = 'IHSS 入口網站絕不會透過電子郵件、簡訊或電話向您索取密碼。';

/** 帳戶電子郵件的中文（繁體）文字：建立帳戶和重設密碼的驗證碼，以及密碼已變更的通知。 */
export const zh: Templates = {
  setupCode: ({ code, minutes }) => ({
    subject: `IHSS 入口網站：您的驗證碼是 ${code}`,
    text: `您用來確認 IHSS 服務提供者入口網站電子郵件地址的驗證碼是：\n\n${code}\n\n驗證碼在 ${minutes} 分鐘內有效。如果您沒有要求驗證碼，可以不理會這封電子郵件。\n\n${NEVER_ASK}`,
  }),
  resetCode: ({ code, minutes }) => ({
    subject: `IHSS 入口網站：您的密碼重設驗證碼是 ${code}`,
    text: `有人要求重設您 IHSS 服務提供者入口網站帳戶的密碼。您的驗證碼是：\n\n${code}\n\n驗證碼在 ${minutes} 分鐘內有效，只能使用一次。如果您沒有要求驗證碼，可以不理會這封電子郵件：您的密碼沒有變更。\n\n${NEVER_ASK}`,
  }),
  passwordChanged: ({ phone }) => ({
    subject: 'IHSS 入口網站：您的密碼已變更',
    text: `您 IHSS 服務提供者入口網站帳戶的密碼剛剛已變更，所有其他登入都已登出。\n\n如果這不是您做的，請立即致電您所在縣的服務台：${phone}。\n\n${NEVER_ASK}`,
  }),
};
