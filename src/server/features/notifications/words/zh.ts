import { browserWords, day, denialWords, deviceWords, factorChange, ordinalOf, placeWords, reasonText, remainingOf, returnWords, s, type DeviceWords, type FactorChangeWords, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

/** The pay period in brackets after the timesheet it dates, as Chinese notices write it. */
const period = (d: Record<string, unknown>) => (d.payPeriodStart && d.payPeriodEnd ? `（${day(d.payPeriodStart, 'zh')}至${day(d.payPeriodEnd, 'zh')}）` : '');
/** Chinese puts whom a timesheet is for before the noun: "您為 王小明 填寫的工時表". */
const yourTimesheet = (d: Record<string, unknown>) => `您${d.recipientName ? `為 ${s(d.recipientName)} 填寫` : ''}的工時表${period(d)}`;
/** Who denied it: the reader's county by name when known. */
const countyOf = (i: TemplateInput) => (i.countyName ? `${i.countyName} 縣` : '縣政府');
const countyIhss = (name: unknown) => (name ? `${s(name)} 縣 IHSS` : '您所在縣的 IHSS');

/** 中文（繁體）通知：每封電子郵件、每則簡訊和網站內通知的文字。 */
// The security notices of issue #14: second factors, recovery codes and new devices.
const NOT_YOU = '如果這不是您做的，請立即變更密碼，並致電您所在縣的服務台。';
const smsNotYou = (phone: string) => `不是您嗎？請致電您所在縣的服務台：${phone}。`;
const FACTORS: FactorChangeWords = {
  titles: { added: '已新增第二種登入方式', removed: '已移除第二種登入方式', newRecoveryCodes: '已產生新的復原碼', changed: '您的第二種登入方式已變更' },
  added: {
    passkey: '您的 IHSS 服務提供者入口網站帳戶已新增一個通行密鑰。',
    totp: '您的 IHSS 服務提供者入口網站帳戶已設定驗證器應用程式。',
    sms: '您的 IHSS 服務提供者入口網站帳戶已設定以簡訊將驗證碼傳送到您的手機。',
    recovery_codes: '您的 IHSS 服務提供者入口網站帳戶已產生一組新的復原碼，舊的復原碼已失效。',
  },
  removed: {
    passkey: '您的 IHSS 服務提供者入口網站帳戶已移除一個通行密鑰。',
    totp: '您的 IHSS 服務提供者入口網站帳戶已移除驗證器應用程式。',
    sms: '您的 IHSS 服務提供者入口網站帳戶已停用簡訊驗證碼。',
    recovery_codes: '您的 IHSS 服務提供者入口網站帳戶的復原碼已移除。',
  },
  changed: '您的 IHSS 服務提供者入口網站帳戶的第二種登入方式已變更。',
};
const DEVICE: DeviceWords = {
  devices: { phone: '手機', tablet: '平板電腦', computer: '電腦' },
  unknownBrowser: '不明的瀏覽器',
  browserOn: (browser, os) => `${os} 上的 ${browser}`,
  separator: '，',
  places: { this_computer: '入口網站本身的電腦', private: '私人網路', internet: '網際網路', unknown: '不明', internet4: (address) => `網際網路，IPv4 ${address}`, internet6: '網際網路，IPv6' },
};
const codesLeft = (n: number | null) => (n === null ? '' : n === 0 ? '您已沒有剩餘的復原碼，請在入口網站產生一組新的。' : `還剩 ${n} 個復原碼。`);

export const zh: NotificationWords = {
  subjectPrefix: 'IHSS 入口網站',
  seeDetails: '請到 IHSS 入口網站查看詳情。',
  closing: (i) =>
    `請登入 IHSS 服務提供者入口網站查看詳情。有問題嗎？請致電 ${countyIhss(i.countyName)}：${i.helpPhone}。\n\nIHSS 入口網站絕不會透過電子郵件、簡訊或電話向您索取密碼，也絕不會寄送可以直接登入的連結。`,
  table: {
    timesheet_approved: ({ data }) => ({
      title: '工時表已核准',
      text: `${yourTimesheet(data)}已獲核准。`,
    }),
    timesheet_rejected: (i) => {
      const { data } = i;
      if (data.by === 'county') {
        const county = countyOf(i);
        return {
          title: `${county}駁回了您的工時表`,
          text: `${county}駁回了${yourTimesheet(data)}。原因和需要修改的地方如下：\n${denialWords(data, 'zh')}${data.reason ? `\n縣政府的備註：「${s(data.reason)}」` : ''}\n請在入口網站打開「需要您處理」：其中的連結會打開更正。請修改原因中提到的地方，然後選擇「提交更正」。`,
          sms: `IHSS：${county}駁回了您${data.recipientName ? `為 ${s(data.recipientName)} 填寫` : ''}的工時表。請到 IHSS 入口網站查看原因並更正。`,
        };
      }
      const who = data.recipientName ? s(data.recipientName) : '您的服務接受者';
      return {
        title: `${who}退回了您的工時表`,
        text: `${who}退回了您的工時表${period(data)}${data.reason ? `。對方的原因：「${s(data.reason)}」` : ''}。\n請在入口網站打開「需要您處理」：其中的連結會打開更正。請改正對方提到的地方，然後選擇「提交更正」。`,
        sms: `IHSS：${who}退回了您的工時表。請到 IHSS 入口網站查看原因並更正。`,
      };
    },
    payment_issued: ({ data }) => ({
      title: '已發出付款',
      text: `${data.payDate ? `已於 ${day(data.payDate, 'zh')} ` : '已'}發出一筆付款${period(data)}${data.amount ? `，金額 ${s(data.amount)}` : ''}。您的薪資單在入口網站上。` + (data.shareOfCost && data.recipientName ? `請向 ${s(data.recipientName)} 收取 ${s(data.shareOfCost)}：這是受助人的分攤費用（Share of Cost），已從這筆付款中扣除。` : ''),
    }),
    payment_paid: ({ data }) => ({
      title: '款項已支付',
      text: `州主計長辦公室表示，付款 ${s(data.paymentNumber)}${period(data)}${data.amount ? `，金額 ${s(data.amount)}，` : ''}已${data.paidOn ? `於 ${day(data.paidOn, 'zh')} ` : ''}支付。如果您還沒有收到，請致電您所在縣的 IHSS 辦公室。`,
    }),
    payment_returned: ({ data }) => ({
      title: '您的銀行退回了一筆付款',
      text: `付款 ${s(data.paymentNumber)}${period(data)}${data.amount ? `，金額 ${s(data.amount)}，` : ''}已${data.returnedOn ? `於 ${day(data.returnedOn, 'zh')} ` : ''}被您的銀行退回：這筆錢沒有存入您的帳戶。${returnWords(data, 'zh')}`,
      sms: `IHSS：您的銀行退回了付款 ${s(data.paymentNumber)}${data.amount ? `（${s(data.amount)}）` : ''}。${reasonText(data, 'zh')}請到 IHSS 入口網站查看處理方法。`,
    }),
    recipient_no_action: ({ data }) => ({
      title: '您的服務接受者還沒有審核您的工時表',
      text: `${yourTimesheet(data)}已在 2 天前提交，但您的服務接受者還沒有核准或拒絕。您可以提醒對方。`,
    }),
    violation_recorded: ({ data }) => ({
      title: '已記錄一次違規',
      text: `縣政府記錄了您${data.month ? `在 ${monthInWords('zh', s(data.month))} ` : ''}的${ordinalOf(data, 'zh') ? `${ordinalOf(data, 'zh')}次` : '一次'}違規。您加班工作的時間仍會獲得薪資。您可以在 10 天內提出異議。`,
    }),
    new_message: ({ data }) => ({
      title: `新訊息：${s(data.subject, '來自您所在的縣')}`,
      text: `您收到一則來自 ${countyIhss(data.countyName)} 的新訊息：「${s(data.subject)}」。${data.requiresAck ? '請閱讀並確認您已讀過。' : ''}`,
      sms: `IHSS：${data.countyName ? `${s(data.countyName)} 縣` : '您所在的縣'}寄來新訊息：「${s(data.subject)}」。請到 IHSS 入口網站閱讀。`,
    }),
    pay_period_ending: ({ data }) => ({
      title: '薪資期即將結束',
      text: `薪資期${data.payPeriodEnd ? `將於 ${day(data.payPeriodEnd, 'zh')} ` : '即將'}結束，但${data.recipientName ? `您為 ${s(data.recipientName)} 填寫的` : ''}工時表還沒有提交。請提交，以免延遲發薪。`,
    }),
    password_changed: () => ({
      title: '您的密碼已變更',
      text: '您的 IHSS 服務提供者入口網站帳戶密碼剛剛已變更，您在其他裝置上的登入也已登出。如果這不是您做的，請立即致電您所在縣的服務台。',
    }),
    contact_changed: ({ data }) => ({
      title: '您的聯絡資料已變更',
      text: `您的 IHSS 服務提供者入口網站帳戶的${data.what === 'phone' ? '電話號碼' : data.what === 'address' ? '郵寄地址' : '電子郵件地址'}已變更。如果這不是您做的，請立即致電您所在縣的服務台。`,
    }),
    account_created: ({ data }) =>
      data.kind === 'recipient'
        ? {
            title: '您的 IHSS 入口網站帳戶',
            text: `${data.countyName ? `${s(data.countyName)} 縣` : '您所在的縣'}已為您的個案建立 IHSS 入口網站帳戶。您用個案編號 ${s(data.loginId)} 登入。如要設定密碼，請打開入口網站的登入頁面，選擇「服務接受者」，再選擇「忘記密碼？」，然後輸入您的個案編號：驗證碼會寄到這個地址。`,
          }
        : data.kind === 'setup'
        ? {
            title: '您的 IHSS 入口網站帳戶已建立',
            text: `您的 IHSS 服務提供者入口網站帳戶（服務提供者編號 ${s(data.loginId)}）剛剛已用這個電子郵件地址建立。如果這不是您做的，請立即致電您所在縣的服務台。`,
          }
        : {
            title: '您的 IHSS 入口網站帳戶',
            text: `我們已為您建立${data.countyName ? ` ${s(data.countyName)} 縣的` : '一個'} IHSS 服務提供者入口網站員工帳戶。您的使用者名稱是 ${s(data.loginId)}。如要設定密碼，請打開入口網站的登入頁面，選擇「縣政府員工」，再選擇「忘記密碼？」，然後輸入您的使用者名稱：驗證碼會寄到這個地址。`,
          },
    second_factor_changed: ({ data, helpPhone }) => {
      const { title, what } = factorChange(FACTORS, data);
      return { title, text: `${what}${NOT_YOU}`, sms: `IHSS：${title}。${smsNotYou(helpPhone)}` };
    },
    recovery_code_used: ({ data, helpPhone }) => ({
      title: '已使用一個復原碼',
      text: `剛剛已使用一個復原碼登入您的 IHSS 服務提供者入口網站帳戶。${codesLeft(remainingOf(data))}${NOT_YOU}`,
      sms: `IHSS：剛剛已使用一個復原碼登入您的帳戶。${smsNotYou(helpPhone)}`,
    }),
    second_factor_reset: ({ helpPhone }) => ({
      title: '您的第二種登入方式已重設',
      text: '應您的要求，在您證明身分後，縣政府已移除您 IHSS 服務提供者入口網站帳戶的第二種登入方式（通行密鑰、驗證器應用程式、簡訊驗證碼和復原碼）。下次登入時，您可以設定新的登入方式。如果這不是您要求的，請立即致電您所在縣的服務台。',
      sms: `IHSS：縣政府已重設您帳戶的第二種登入方式。如果這不是您要求的，請致電您所在縣的服務台：${helpPhone}。`,
    }),
    new_device_sign_in: ({ data, helpPhone }) => ({
      title: '有之前未見過的裝置登入您的帳戶',
      text: `剛剛有一部之前未見過的裝置登入您的 IHSS 服務提供者入口網站帳戶。\n裝置：${deviceWords(DEVICE, data)}\n網路：${placeWords(DEVICE, data)}\n如果是您本人，不需要做任何事。如果不是，請立即變更密碼，並致電您所在縣的服務台。`,
      sms: `IHSS：有新裝置登入您的帳戶（${browserWords(DEVICE, data)}）。不是您嗎？請變更密碼，並致電您所在縣的服務台：${helpPhone}。`,
    }),
    withholding_changed: ({ data, helpPhone }) => ({
      title: '您的稅款預扣設定已變更',
      text: `您在 IHSS 服務提供者入口網站的${data.tax === 'state' ? '加州（DE 4）' : '聯邦（W-4）'}所得稅預扣選擇已變更。${data.effectiveFrom ? `自 ${day(data.effectiveFrom, 'zh')} 起發出的付款適用。` : ''}如果不是您本人所為，請立即變更密碼，並致電您所在縣的服務台。`,
      sms: `IHSS：您的${data.tax === 'state' ? '加州' : '聯邦'}稅款預扣設定已變更。不是您嗎？請致電您所在縣的服務台：${helpPhone}。`,
    }),
  },
};
