import type { phonesSessionsEn } from './phones-sessions.en';
import type { Words } from './words';

/** 網站選單、保留在手機上的點按和核准確認的中文（繁體）文字：鍵與 {{placeholders}} 都與 phones-sessions.en.ts 相同。 */
export const phonesSessionsZh: Words<typeof phonesSessionsEn> = {
  siteMenu: {
    open: '選單',
    label: '主選單',
    account: '您的帳戶',
    dashboard: '主頁',
    checkIn: '簽到和簽退',
    visits: '到訪',
    timesheets: '工時表',
    sickLeave: '病假',
    claims: '付款申請',
    payments: '付款',
    violations: '違規',
    recipients: '服務接受者',
    messages: '訊息',
    profile: '個人資料',
    review: '待審核的工時表',
    console: '縣政府控制台',
    cases: '服務接受者和個案',
    enrolments: '登記',
    countyReview: '工時表審核',
    countyMessages: '訊息',
    unlock: '解鎖帳戶',
    settings: '縣政府設定',
    countyAdmins: '縣政府管理員',
    security: '登入與安全',
  },
  keptTaps: {
    heading: '這支手機上有 {{count}} 筆點按等待送出',
    checkIn: '{{at}} 點按簽到',
    checkOut: '{{at}} 點按簽退',
    afterSignIn: '您的連線在送出前已結束。這筆紀錄保留在這支手機上，您重新登入後就會立即送出，時間以您點按的時間為準。',
    onlyTheirs: '只有在點按的服務提供者登入時才會送出，絕不會記在其他人的名下。',
    otherAccountHeading: '這支手機上保留了另一個帳戶的點按',
    otherAccountText:
      '另一個帳戶在這支手機上做的簽到或簽退還沒有送出。它不會記在您的名下：它會留在這支手機上，等那位服務提供者在這裡再次登入時送出。',
  },
  approval: {
    heading: '要核准這些時數嗎？',
    intro: '您正在核准 {{name}} 在 {{span}} 期間為您工作的時數。',
    day: '日期',
    hours: '工作時數',
    travel: '交通',
    total: '合計',
    totalLine: '合計：工作 {{worked}}，交通 {{travel}}',
    noDays: '這段期間沒有記錄任何時數。',
    confirm: '是，核准這些時數',
    cancel: '返回',
  },
};
