import type { Words } from './words';
import type { whereIsMyPayEn } from './where-is-my-pay.en';

/** Korean words of "Where is my pay" (see where-is-my-pay.en.ts). */
export const whereIsMyPayKo: Words<typeof whereIsMyPayEn> = {
  whereIsMyPay: {
    heading: '내 급여는 어디에 있나요',
    dashboardHeading: '지급 중인 급여',
    forClaim: '{{name}}, {{span}}',
    headline: {
      deposit: '{{date}}에 은행 계좌로 입금 예정',
      depositArrived: '{{date}}에 은행 계좌로 입금됨',
      mail: '수표가 {{date}}까지 우편으로 도착할 예정입니다',
      mailArrived: '수표가 {{date}}에 지급되었습니다',
      returned: '은행이 입금을 반환했습니다. 주 정부가 다시 지급하며, 보통 우편으로 수표를 보냅니다. 우편 주소를 최신 상태로 유지하세요.',
      sentBack: '지급 중인 급여가 없습니다. 이 근무시간표가 반송되었습니다. 수정한 후 다시 제출하세요.',
    },
    stepsHeading: '단계별 진행',
    state: {
      done: '완료',
      now: '진행 중',
      next: '다음',
    },
    step: {
      recipientDone: '{{date}}에 수혜자가 승인함',
      recipientWaiting: '수혜자의 승인을 기다리는 중, 기한 {{date}}',
      countyDone: '{{date}}에 카운티가 검토함',
      countyWaiting: '카운티 검토 중: {{date}}까지 결정 예정',
      countyNext: '카운티 검토, {{date}}까지 예정',
      countyOnHold: '카운티가 처리를 보류했습니다.',
      countyWhy: '카운티가 확인하는 내용:',
      approvedDone: '{{date}}에 승인됨',
      approvedNext: '{{date}}까지 승인 예정',
      payRunDone: '{{date}}에 주 정부가 지급함',
      payRunNext: '{{date}} 급여 지급 처리에 포함',
      depositDone: '{{date}}에 은행 계좌로 입금됨',
      depositNext: '{{date}}에 은행 계좌로 입금 예정',
      mailDone: '{{date}}에 수표가 지급됨',
      mailSent: '{{mailed}}에 수표를 우편으로 발송함, {{date}}까지 도착 예정',
      mailNext: '{{mailed}}에 수표를 우편으로 발송할 예정, {{date}}까지 도착 예정',
      returned: '{{date}}에 은행이 입금을 반환함',
      returnedWhy: '이유와 해야 할 일:',
      sentBack: '{{date}}에 반송됨',
    },
    late: {
      days: '{{count}}일 지연',
      recipient: '수혜자는 {{date}}까지 결정하도록 요청받았습니다: {{late}}.',
      countyReview: '주 정부는 승인된 근무시간표를 10 영업일 이내에 지급해야 하며, 그 기한은 {{date}}에 끝났습니다: 카운티 검토가 {{late}}되었습니다.',
      payRun: '주 정부는 승인된 근무시간표를 10 영업일 이내에 지급해야 하며, 그 기한은 {{date}}에 끝났습니다: 이 지급이 {{late}}되었습니다.',
      deposit: '이 입금은 {{date}}에 은행 계좌에 들어왔어야 합니다: {{late}}. 먼저 계좌를 확인하세요.',
      mail: '수표가 {{date}}까지 도착했어야 합니다: {{late}}. 카운티가 지급을 정지하고 새 수표를 보내 드릴 수 있습니다.',
      call: '카운티 상담 센터에 전화하세요:',
    },
  },
};
