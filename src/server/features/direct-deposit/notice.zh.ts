import type { NoticeFacts, NoticeWords } from './notice.js';

const what = (f: NoticeFacts) =>
  f.method === 'warrant' ? '改以紙本支票郵寄給您' : `存入尾號為 ${f.last4} 的${f.accountType === 'savings' ? '儲蓄' : '支票'}帳戶`;

/** 薪資去向變更通知的中文文字（見 notice.ts）。 */
export const zh: NoticeWords = {
  email: (f) => ({
    subject: f.method === 'warrant' ? 'IHSS：您的薪資將改為紙本支票' : `IHSS：您的薪資將改存入尾號 ${f.last4} 的帳戶`,
    text: [
      `${f.requestedOn}，有人登入了您的 IHSS 服務提供者帳戶，要求將您的薪資${what(f)}。`,
      `此變更自 ${f.liveFrom} 的發薪作業起生效。在那之前，您的薪資仍照現在的方式支付。`,
      `如果這項變更是您本人所做，您無需採取任何行動。若要取消，請在 ${f.holdEndsOn} 結束前登入 IHSS 服務提供者入口網站，開啟「付款」，再開啟「直接存款」。`,
      `如果這項變更不是您本人所做，請立即致電您的縣：${f.helpPhone}。縣可在 ${f.holdEndsOn} 結束前取消這項變更。之後請更改您的密碼。`,
      'IHSS 入口網站絕不會透過電子郵件、簡訊或電話向您索取密碼或銀行資料。',
    ].join('\n\n'),
  }),
  sms: (f) =>
    `IHSS：您的薪資將自 ${f.liveFrom} 起${f.method === 'warrant' ? '改為紙本支票' : `改存入尾號 ${f.last4} 的帳戶`}。不是您本人？請立即致電您的縣：${f.helpPhone}。若要取消，請於 ${f.holdEndsOn} 前登入：付款 > 直接存款。`,
};
