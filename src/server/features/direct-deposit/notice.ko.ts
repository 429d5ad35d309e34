import type { NoticeFacts, NoticeWords } from './notice.js';

const what = (f: NoticeFacts) =>
  f.method === 'warrant' ? '종이 수표로 우편 발송되도록' : `끝자리가 ${f.last4}인 ${f.accountType === 'savings' ? '저축 예금' : '당좌 예금'} 계좌로 입금되도록`;

/** 급여 지급처 변경 안내의 한국어 문구 (notice.ts 참조). */
export const ko: NoticeWords = {
  email: (f) => ({
    subject: f.method === 'warrant' ? 'IHSS: 급여가 종이 수표로 변경됩니다' : `IHSS: 급여가 끝자리 ${f.last4} 계좌로 변경됩니다`,
    text: [
      `${f.requestedOn}에 누군가 귀하의 IHSS 제공자 계정에 로그인하여 급여가 ${what(f)} 요청했습니다.`,
      `이 변경은 ${f.liveFrom} 급여 지급분부터 적용됩니다. 그때까지 급여는 지금과 같은 곳으로 지급됩니다.`,
      `본인이 변경하셨다면 아무것도 하실 필요가 없습니다. 취소하려면 ${f.holdEndsOn}이 끝나기 전에 IHSS 제공자 포털에 로그인하여 "급여 지급"을 연 다음 "직접 입금"을 여세요.`,
      `본인이 변경하지 않으셨다면 즉시 카운티(${f.helpPhone})에 전화하세요. 카운티는 ${f.holdEndsOn}이 끝날 때까지 이 변경을 취소할 수 있습니다. 그런 다음 비밀번호를 변경하세요.`,
      'IHSS 포털은 이메일, 문자 또는 전화로 비밀번호나 은행 정보를 절대 요청하지 않습니다.',
    ].join('\n\n'),
  }),
  sms: (f) =>
    `IHSS: ${f.liveFrom}부터 급여가 ${f.method === 'warrant' ? '종이 수표로' : `끝자리 ${f.last4} 계좌로`} 변경됩니다. 본인이 아니라면 즉시 카운티에 전화하세요: ${f.helpPhone}. 취소하려면 ${f.holdEndsOn}까지 로그인: 급여 지급, 직접 입금.`,
};
