import type { sentBackEn } from './sent-back.en';
import type { Words } from './words';

/** Korean words: the same keys and {{placeholders}} as sent-back.en.ts. */
export const sentBackKo: Words<typeof sentBackEn> = {
  story: {
    heading: '지금 상태',
    recipientApproved: '{{name}} 님이 {{at}}에 승인했습니다.',
    recipientReturned: '{{name}} 님이 {{at}}에 반려했습니다.',
    countyApproved: '{{county}} 카운티가 {{at}}에 승인했습니다.',
    countyDenied: '{{county}} 카운티가 {{at}}에 지급을 거부했습니다.',
    countyDeniedNoName: '카운티가 {{at}}에 지급을 거부했습니다.',
    recipientReason: '반려 이유: “{{reason}}”',
    countyNote: '카운티 메모: “{{note}}”',
    reasonsHeading: '카운티가 밝힌 이유와 고칠 점',
    onDay: '{{day}}에 대해',
    onWeek: '{{span}} 주간에 대해',
    whatToChange: '고칠 점:',
    next: {
      submit: '다음 단계: 날짜를 확인한 뒤 {{name}} 님에게 제출하세요.',
      wait_recipient: '다음 단계: {{name}} 님이 승인하거나 반려합니다. {{date}}까지 결정해 달라고 요청했습니다.',
      wait_recipient_noDate: '다음 단계: {{name}} 님이 승인하거나 반려합니다.',
      wait_county: '다음 단계: 카운티가 검토합니다. 결정이 나면 알려 드립니다.',
      correct: '다음 단계: 수정한 뒤 “수정본 제출”을 누르세요.',
      correcting: '다음 단계: 시작한 수정을 마친 뒤 “수정본 제출”을 누르세요.',
      wait_payment: '다음 단계: 급여가 지급됩니다. 지급 처리되면 알려 드립니다.',
      wait_bank: '다음 단계: 돈이 귀하에게 도착합니다. 아래 “내 급여는 어디에 있나요” 에서 예상 날짜를 확인하세요.',
      paid: '지급되었습니다. 더 할 일이 없습니다.',
      replaced: '새 버전으로 바뀌었습니다.',
    },
    openCorrection: '수정본 열기',
    correcting: '수정본을 여는 중…',
    correctionHeading: '반려된 이유',
    correctionIntro: '아래에 적힌 것을 고치세요. 이유는 해당 날짜나 주 옆에도 나옵니다. 다 고친 뒤 맨 아래에서 “수정본 제출”을 누르세요.',
    seeClaim: '청구와 진행 기록 보기',
    submitCorrection: '수정본 제출',
  },
  attention: {
    returnedByRecipient: '{{name}} 님이 {{span}} 근무시간 기록표를 반려했습니다.',
    deniedByCounty: '{{county}} 카운티가 {{name}} 님에 대한 {{span}} 근무시간 기록표의 지급을 거부했습니다.',
    deniedByCountyNoName: '카운티가 {{name}} 님에 대한 {{span}} 근무시간 기록표의 지급을 거부했습니다.',
    correctLink: '{{name}} 님에 대한 근무시간 기록표 수정',
  },
  submitted: {
    heading: '제출했습니다: 근무시간 기록표가 {{name}} 님에게 갔습니다',
    correctionHeading: '제출했습니다: 수정본이 {{name}} 님에게 갔습니다',
    next: '{{name}} 님에게 {{date}}까지 승인하거나 반려해 달라고 요청했습니다. 결정이 나면 알림을 받습니다. 그때까지 더 할 일은 없습니다.',
  },
};
