import type { secondFactorEn } from './second-factor.en';
import type { Words } from './words';

/** 登入第二步與通行金鑰登入的中文（繁體）用語：與 second-factor.en.ts 相同的鍵。 */
export const secondFactorZh: Words<typeof secondFactorEn> = {
  passkeySignIn: {
    or: '或者，不必輸入帳號和密碼',
    button: '使用通行金鑰登入',
    busy: '正在等待您的通行金鑰…',
    hint: '使用您為此入口網站設定的臉部、指紋、PIN 或安全金鑰。',
  },
  secondFactor: {
    title: '完成登入',
    intro: '您的密碼正確。為了保護您的帳戶，請再用一種方式證明是您本人。',
    otherWays: '使用其他方式',
    cancel: '取消',
    submit: '繼續',
    submitting: '正在檢查…',
    codeLabel: '6 位數驗證碼',
    chooseTotp: '使用驗證應用程式中的驗證碼',
    chooseSms: '透過簡訊取得驗證碼',
    choosePasskey: '使用您的通行金鑰',
    chooseRecovery: '使用恢復碼',
    totpHeading: '輸入驗證應用程式中的驗證碼',
    totpHint: '開啟您手機上的驗證應用程式，輸入它為 IHSS 服務提供者入口網站顯示的 6 個數字。',
    smsHeading: '透過簡訊取得驗證碼',
    smsWeak: '簡訊是最不安全的登入方式。可以的話，請使用通行金鑰或驗證應用程式。',
    sendTo: '傳送驗證碼到 {{phone}}',
    sendToPhone: '傳送驗證碼到您的手機',
    sentTo: '我們已將驗證碼傳送到 {{phone}}。',
    smsHint: '驗證碼在 IHSS 服務提供者入口網站傳來的簡訊中。',
    sendAgain: '傳送新的驗證碼',
    sending: '正在傳送…',
    passkeyHeading: '使用您的通行金鑰',
    passkeyText: '使用您為此帳戶設定的臉部、指紋、PIN 或安全金鑰。',
    passkeyButton: '使用您的通行金鑰',
    recoveryHeading: '使用恢復碼',
    recoveryText: '每個恢復碼只能使用一次。登入後，您可以在「登入與安全」頁面產生新的恢復碼。',
    recoveryLabel: '恢復碼',
    recoveryHint: '10 個字母和數字，例如 7KQM2-X9D4P。可以輸入連字號和空格。',
    passkeyCancelled: '未使用通行金鑰：要求已取消或逾時。請再試一次，或選擇其他方式。',
    passkeyFailed: '此瀏覽器無法使用通行金鑰。請選擇其他登入方式。',
  },
};
