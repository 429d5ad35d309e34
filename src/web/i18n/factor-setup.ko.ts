import type { factorSetupEn } from './factor-setup.en';
import type { Words } from './words';

/** 두 번째 로그인 방법의 필수 설정과 설정 안내의 한국어 문구: factor-setup.en.ts와 같은 키. */
export const factorSetupKo: Words<typeof factorSetupEn> = {
  factorGate: {
    title: '두 번째 로그인 방법 설정하기',
    whyStaff: '카운티와 주 직원은 두 번째 로그인 방법을 사용해야 합니다. 직원 계정으로 많은 사람의 기록을 열 수 있기 때문입니다.',
    whyCounty: '{{county}} 카운티는 모든 계정에 두 번째 로그인 방법을 요구합니다.',
    whyNoCounty: '거주 카운티는 모든 계정에 두 번째 로그인 방법을 요구합니다.',
    how: '비밀번호를 입력한 다음 패스키, 인증 앱의 코드 또는 문자 메시지로 받은 코드도 사용하게 됩니다. 누군가 비밀번호를 알아내더라도 계정을 열 수 없습니다.',
    then: '하나를 추가하면 포털이 평소처럼 열립니다.',
    addHeading: '지금 하나 추가하세요',
  },
  factorInvite: {
    heading: '두 번째 로그인 방법으로 계정을 보호하세요',
    text: '패스키나 인증 앱이 있으면 누군가 비밀번호를 알아내더라도 계정을 열 수 없습니다.',
    setUp: '지금 설정',
    notNow: '나중에',
  },
};
