import type { Words } from './words';
import type { directDepositStaffEn } from './direct-deposit-staff.en';

/** Chinese words of direct deposit in the county console (see direct-deposit-staff.en.ts). */
export const directDepositStaffZh: Words<typeof directDepositStaffEn> = {
  directDepositStaff: {
    waitingHeading: '等待中的直接存款變更',
    waitingIntro: '處於本縣等待期或正在銀行核對中的銀行帳戶變更。變更仍在等待期時，如果服務提供者表示不是本人所做，請將其取消。',
    waitingEmpty: '沒有等待中的直接存款變更。',
    waitingCaption: '等待中的直接存款變更，最快生效的在前',
    provider: '服務提供者',
    newWay: '新的付款方式',
    askedOn: '申請日期',
    status: '狀態',
    usedFrom: '生效日期',
    notices: '已寄出的通知',
    action: '操作',
    holdUntil: '{{status}}，到 {{date}} 結束',
    cancel: '取消',
    cancelLabel: '取消 {{name}} 的變更',
    cancelled: '{{name}} 的變更已取消；這位服務提供者的薪資會繼續照現在的方式支付。',
    noticeEmail: '電子郵件至 {{to}}：{{status}}',
    noticeSms: '簡訊至 {{to}}：{{status}}',
    noticeStatus: {
      pending: '等待寄出',
      sent: '已寄出',
      skipped: '未寄出',
    },
    accountHeading: '直接存款',
    payGoesTo: '薪資付到',
    waitingChange: '等待中的變更',
    noChange: '無',
    cancelledBy: {
      provider: '已由服務提供者取消',
      county: '已由縣取消',
    },
    holdHeading: '直接存款等待期',
    holdIntro: '服務提供者變更銀行帳戶後，要等待這麼多個工作日才會送出銀行的預先通知，讓服務提供者或縣可以取消不是本人所做的變更。此設定適用於今後提出的變更。',
    holdLabel: '工作日（{{min}} 至 {{max}}）',
    holdHint: '除非縣另有設定，否則為 {{days}}。',
    holdSave: '儲存等待期',
    holdSaved: '已儲存：今後提出的變更會等待 {{count}} 個工作日。',
  },
};
