import type { sentBackEn } from './sent-back.en';
import type { Words } from './words';

/** 工時表目前進度、退回和更正的中文（繁體）文字：鍵與 {{placeholders}} 都與 sent-back.en.ts 相同。 */
export const sentBackZh: Words<typeof sentBackEn> = {
  story: {
    heading: '目前進度',
    recipientApproved: '{{name}} 已於 {{at}} 核准。',
    recipientReturned: '{{name}} 已於 {{at}} 退回。',
    countyApproved: '{{county}} 縣已於 {{at}} 核准。',
    countyDenied: '{{county}} 縣已於 {{at}} 駁回。',
    countyDeniedNoName: '縣政府已於 {{at}} 駁回。',
    recipientReason: '對方的原因：「{{reason}}」',
    countyNote: '縣政府的備註：「{{note}}」',
    reasonsHeading: '縣政府的原因，以及需要修改的地方',
    onDay: '關於 {{day}}',
    onWeek: '關於 {{span}} 這一週',
    whatToChange: '需要修改：',
    next: {
      submit: '下一步：檢查各日期，然後提交給 {{name}}。',
      wait_recipient: '下一步：由 {{name}} 核准或退回。對方需要在 {{date}} 之前決定。',
      wait_recipient_noDate: '下一步：由 {{name}} 核准或退回。',
      wait_county: '下一步：由縣政府審核。縣政府決定後會通知您。',
      correct: '下一步：請更正，然後選擇「提交更正」。',
      correcting: '下一步：完成您已開始的更正，然後選擇「提交更正」。',
      wait_payment: '下一步：付款。發出付款時會通知您。',
      wait_bank: '下一步：款項送達給您。下方的「我的薪資在哪裡」會列出預計日期。',
      paid: '已付款。您不需要再做任何事。',
      replaced: '已由新版本取代。',
    },
    openCorrection: '打開更正',
    correcting: '正在打開更正…',
    correctionHeading: '退回的原因',
    correctionIntro: '請改正下方列出的問題（每個原因也會顯示在相關的日期或週旁邊），最後選擇「提交更正」。',
    seeClaim: '查看付款申請和處理經過',
    submitCorrection: '提交更正',
  },
  attention: {
    returnedByRecipient: '{{name}} 退回了您 {{span}} 的工時表。',
    deniedByCounty: '{{county}} 縣駁回了您給 {{name}} 的工時表（{{span}}）。',
    deniedByCountyNoName: '縣政府駁回了您給 {{name}} 的工時表（{{span}}）。',
    correctLink: '更正給 {{name}} 的工時表',
  },
  submitted: {
    heading: '已提交：您的工時表已交給 {{name}}',
    correctionHeading: '已提交：您的更正已交給 {{name}}',
    next: '{{name}} 需要在 {{date}} 之前核准或退回。對方決定後您會收到通知；在那之前您不需要做任何事。',
  },
};
