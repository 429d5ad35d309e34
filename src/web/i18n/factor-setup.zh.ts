import type { factorSetupEn } from './factor-setup.en';
import type { Words } from './words';

/** 必須設定及邀請設定第二種登入方式的中文（繁體）用語：與 factor-setup.en.ts 相同的鍵。 */
export const factorSetupZh: Words<typeof factorSetupEn> = {
  factorGate: {
    title: '設定第二種登入方式',
    whyStaff: '郡和州的工作人員必須使用第二種登入方式，因為工作人員帳戶可以開啟許多人的紀錄。',
    whyCounty: '{{county}} 郡要求每個帳戶都使用第二種登入方式。',
    whyNoCounty: '您的郡要求每個帳戶都使用第二種登入方式。',
    how: '輸入密碼之後，您還要使用通行金鑰、驗證應用程式中的驗證碼，或簡訊傳送的驗證碼。即使有人知道您的密碼，也無法開啟您的帳戶。',
    then: '新增一種之後，入口網站就會照常開啟。',
    addHeading: '立即新增一種',
  },
  factorInvite: {
    heading: '用第二種登入方式保護您的帳戶',
    text: '有了通行金鑰或驗證應用程式，即使有人知道您的密碼，也無法開啟您的帳戶。',
    setUp: '立即設定',
    notNow: '以後再說',
  },
};
