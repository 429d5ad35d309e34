import type { Templates } from './templates.js';

const NEVER_ASK = 'IHSS 포털은 이메일, 문자 메시지, 전화로 비밀번호를 절대 묻지 않습니다.';

/** Korean words of the account emails: set-up and reset codes, a changed password. */
export const ko: Templates = {
  setupCode: ({ code, minutes }) => ({
    subject: `IHSS 포털: 확인 코드 ${code}`,
    text: `IHSS 제공자 포털에서 이 이메일 주소를 확인하는 코드입니다:\n\n${code}\n\n${minutes}분 동안 쓸 수 있습니다. 요청하지 않으셨다면 이 이메일은 무시하셔도 됩니다.\n\n${NEVER_ASK}`,
  }),
  resetCode: ({ code, minutes }) => ({
    subject: `IHSS 포털: 비밀번호 재설정 코드 ${code}`,
    text: `IHSS 제공자 포털 계정의 비밀번호를 다시 정하겠다는 요청이 있었습니다. 코드는 다음과 같습니다:\n\n${code}\n\n${minutes}분 동안 한 번만 쓸 수 있습니다. 요청하지 않으셨다면 이 이메일은 무시하셔도 됩니다. 비밀번호는 바뀌지 않았습니다.\n\n${NEVER_ASK}`,
  }),
  passwordChanged: ({ phone }) => ({
    subject: 'IHSS 포털: 비밀번호가 바뀌었습니다',
    text: `IHSS 제공자 포털 계정의 비밀번호가 방금 바뀌었고, 다른 기기의 로그인은 모두 끝났습니다.\n\n본인이 바꾼 것이 아니라면 지금 카운티 상담 센터에 전화하세요: ${phone}.\n\n${NEVER_ASK}`,
  }),
};
