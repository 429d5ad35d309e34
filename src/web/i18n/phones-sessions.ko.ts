import type { phonesSessionsEn } from './phones-sessions.en';
import type { Words } from './words';

/** Korean words: the same keys and {{placeholders}} as phones-sessions.en.ts. */
export const phonesSessionsKo: Words<typeof phonesSessionsEn> = {
  siteMenu: {
    open: '메뉴',
    label: '주 메뉴',
    account: '내 계정',
    dashboard: '홈',
    checkIn: '체크인과 체크아웃',
    visits: '방문',
    timesheets: '근무시간 기록표',
    sickLeave: '병가',
    claims: '급여 청구',
    payments: '급여 지급',
    violations: '위반',
    recipients: '수혜자',
    messages: '메시지',
    profile: '내 정보',
    review: '검토할 근무시간 기록표',
    console: '카운티 관리 화면',
    cases: '수혜자와 케이스',
    enrolments: '등록',
    countyReview: '근무시간 기록표 검토',
    countyMessages: '메시지',
    unlock: '계정 잠금 해제',
    settings: '카운티 설정',
    countyAdmins: '카운티 관리자',
    security: '로그인 및 보안',
  },
  keptTaps: {
    heading: '이 휴대폰에 보내지 못한 기록이 {{count}}건 있습니다',
    checkIn: '체크인 누른 시간: {{at}}',
    checkOut: '체크아웃 누른 시간: {{at}}',
    afterSignIn:
      '보내기 전에 로그인이 끝났습니다. 기록은 이 휴대폰에 남아 있으며, 다시 로그인하면 누른 시간 그대로 바로 보내집니다.',
    onlyTheirs: '누른 제공자 본인이 로그인할 때만 보내집니다. 다른 사람의 이름으로는 절대 기록되지 않습니다.',
    otherAccountHeading: '다른 계정이 누른 기록이 이 휴대폰에 남아 있습니다',
    otherAccountText:
      '다른 계정이 이 휴대폰에서 누른 체크인이나 체크아웃이 아직 보내지지 않았습니다. 이 기록은 내 이름으로 기록되지 않습니다. 이 휴대폰에 남아 있다가 그 제공자가 여기서 다시 로그인하면 보내집니다.',
  },
  approval: {
    heading: '이 시간을 승인할까요?',
    intro: '{{name}} 님이 {{span}} 동안 일한 시간을 승인합니다.',
    day: '날짜',
    hours: '근무한 시간',
    travel: '이동',
    total: '합계',
    totalLine: '합계: 근무 {{worked}}, 이동 {{travel}}',
    noDays: '이 기간에 기록된 시간이 없습니다.',
    confirm: '예, 이 시간을 승인합니다',
    cancel: '돌아가기',
  },
};
