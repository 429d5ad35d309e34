import type { Words } from './words';
import type { directDepositStaffEn } from './direct-deposit-staff.en';

/** Korean words of direct deposit in the county console (see direct-deposit-staff.en.ts). */
export const directDepositStaffKo: Words<typeof directDepositStaffEn> = {
  directDepositStaff: {
    waitingHeading: '대기 중인 직접 입금 변경',
    waitingIntro: '카운티의 대기 기간 중이거나 은행에서 확인 중인 은행 계좌 변경입니다. 변경이 대기 기간 중일 때 제공자가 본인이 하지 않았다고 하면 취소하세요.',
    waitingEmpty: '대기 중인 직접 입금 변경이 없습니다.',
    waitingCaption: '대기 중인 직접 입금 변경, 가장 빠른 순',
    provider: '제공자',
    newWay: '새 지급 방법',
    askedOn: '요청일',
    status: '상태',
    usedFrom: '적용 시작일',
    notices: '발송된 안내',
    action: '작업',
    holdUntil: '{{date}}이 끝날 때까지 {{status}}',
    cancel: '취소',
    cancelLabel: '{{name}} 님의 변경 취소',
    cancelled: '{{name}} 님의 변경이 취소되었습니다. 제공자의 급여는 계속 지금과 같은 곳으로 지급됩니다.',
    noticeEmail: '{{to}}(으)로 이메일: {{status}}',
    noticeSms: '{{to}}(으)로 문자: {{status}}',
    noticeStatus: {
      pending: '발송 대기',
      sent: '발송됨',
      skipped: '발송 안 됨',
    },
    accountHeading: '직접 입금',
    payGoesTo: '급여 지급처',
    waitingChange: '대기 중인 변경',
    noChange: '없음',
    cancelledBy: {
      provider: '제공자가 취소함',
      county: '카운티가 취소함',
    },
    holdHeading: '직접 입금 대기 기간',
    holdIntro: '제공자의 은행 계좌 변경은 은행의 시험 입금(pre-note) 전에 이 영업일 수만큼 대기하여, 제공자가 하지 않은 변경을 제공자나 카운티가 취소할 수 있게 합니다. 지금부터 요청되는 변경에 적용됩니다.',
    holdLabel: '영업일({{min}}~{{max}})',
    holdHint: '카운티가 따로 정하지 않으면 {{days}}일입니다.',
    holdSave: '대기 기간 저장',
    holdSaved: '저장됨: 지금부터 요청되는 변경은 {{count}}영업일을 대기합니다.',
  },
};
