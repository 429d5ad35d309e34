import type { ProfileMail } from './mail.js';

/** Korean words of the profile emails: the code for a new address, and the notice to the old one. */
export const ko: ProfileMail = {
  emailChangeCode: ({ code, minutes }) => ({
    subject: `IHSS 포털: 확인 코드 ${code}`,
    text: `이 이메일 주소를 IHSS 제공자 포털 계정에 쓰려면 내 정보 페이지에 이 코드를 입력하세요:\n\n${code}\n\n${minutes}분 동안 쓸 수 있습니다. 요청하지 않으셨다면 이 이메일은 무시하셔도 됩니다.\n\nIHSS 포털은 이메일, 문자 메시지, 전화로 비밀번호를 절대 묻지 않습니다.`,
  }),
  emailChanged: ({ newAddress, phone }) => ({
    subject: 'IHSS 포털: 이메일 주소가 바뀌었습니다',
    text: `IHSS 제공자 포털 계정의 이메일 주소가 ${newAddress} 주소로 바뀌었습니다. 앞으로 메시지는 그 주소로 갑니다.\n\n본인이 바꾼 것이 아니라면 지금 카운티 상담 센터에 전화하세요: ${phone}.`,
  }),
};
