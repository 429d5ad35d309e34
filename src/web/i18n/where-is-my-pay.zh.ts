import type { Words } from './words';
import type { whereIsMyPayEn } from './where-is-my-pay.en';

/** Chinese (Traditional) words of "Where is my pay" (see where-is-my-pay.en.ts). */
export const whereIsMyPayZh: Words<typeof whereIsMyPayEn> = {
  whereIsMyPay: {
    heading: '我的薪資在哪裡',
    dashboardHeading: '正在途中的薪資',
    forClaim: '{{name}}，{{span}}',
    headline: {
      deposit: '預計於 {{date}} 存入您的銀行帳戶',
      depositArrived: '已於 {{date}} 存入您的銀行帳戶',
      mail: '您的支票預計於 {{date}} 前寄達',
      mailArrived: '您的支票已於 {{date}} 兌付',
      returned: '您的銀行退回了這筆存款。州政府會重新支付，通常是郵寄支票：請保持您的郵寄地址為最新。',
      sentBack: '沒有正在途中的薪資：這份工時表已退回給您。請更正後重新提交。',
    },
    stepsHeading: '各個步驟',
    state: {
      done: '已完成',
      now: '目前',
      next: '之後',
    },
    step: {
      recipientDone: '您的受助人已於 {{date}} 核准',
      recipientWaiting: '等待您的受助人核准，期限為 {{date}}',
      countyDone: '縣政府已於 {{date}} 審核',
      countyWaiting: '縣政府審核中：預計於 {{date}} 前作出決定',
      countyNext: '縣政府審核，預計於 {{date}} 前完成',
      countyOnHold: '縣政府已將其暫緩處理。',
      countyWhy: '縣政府要核對的內容：',
      approvedDone: '已於 {{date}} 核准',
      approvedNext: '預計於 {{date}} 前核准',
      payRunDone: '州政府已於 {{date}} 支付',
      payRunNext: '列入 {{date}} 的發薪作業',
      depositDone: '已於 {{date}} 存入您的銀行帳戶',
      depositNext: '預計於 {{date}} 存入您的銀行帳戶',
      mailDone: '支票已於 {{date}} 兌付',
      mailSent: '支票已於 {{mailed}} 寄出，預計於 {{date}} 前寄達',
      mailNext: '支票將於 {{mailed}} 寄出，預計於 {{date}} 前寄達',
      returned: '您的銀行已於 {{date}} 退回這筆存款',
      returnedWhy: '原因及處理方法：',
      sentBack: '已於 {{date}} 退回給您',
    },
    late: {
      days: '延遲 {{count}} 天',
      recipient: '您的受助人應於 {{date}} 前作出決定：{{late}}。',
      countyReview: '州政府須在 10 個工作天內支付已核准的工時表，期限已於 {{date}} 屆滿：縣政府的審核{{late}}。',
      payRun: '州政府須在 10 個工作天內支付已核准的工時表，期限已於 {{date}} 屆滿：這筆付款{{late}}。',
      deposit: '這筆存款應於 {{date}} 存入您的銀行帳戶：{{late}}。請先查看您的帳戶。',
      mail: '您的支票應於 {{date}} 前寄達：{{late}}。縣政府可以止付這張支票並寄給您一張新的。',
      call: '請致電您所在縣的服務台：',
    },
  },
};
