import type { secondFactorEn } from './second-factor.en';
import type { Words } from './words';

/** 로그인 두 번째 단계와 패스키 로그인의 한국어 문구: second-factor.en.ts와 같은 키. */
export const secondFactorKo: Words<typeof secondFactorEn> = {
  passkeySignIn: {
    or: '또는 ID와 비밀번호 없이',
    button: '패스키로 로그인',
    busy: '패스키를 기다리는 중…',
    hint: '이 포털에 설정한 얼굴, 지문, PIN 또는 보안 키를 사용하세요.',
  },
  secondFactor: {
    title: '로그인 완료하기',
    intro: '비밀번호가 맞습니다. 계정을 보호하기 위해 한 가지 방법으로 더 본인임을 확인하세요.',
    otherWays: '다른 방법 사용',
    cancel: '취소',
    submit: '계속',
    submitting: '확인 중…',
    codeLabel: '6자리 코드',
    chooseTotp: '인증 앱의 코드 사용',
    chooseSms: '문자 메시지로 코드 받기',
    choosePasskey: '패스키 사용',
    chooseRecovery: '복구 코드 사용',
    totpHeading: '인증 앱의 코드를 입력하세요',
    totpHint: '휴대폰에서 인증 앱을 열고 IHSS 제공자 포털에 표시된 숫자 6개를 입력하세요.',
    smsHeading: '문자 메시지로 코드 받기',
    smsWeak: '문자 메시지는 가장 덜 안전한 로그인 방법입니다. 가능하면 패스키나 인증 앱을 사용하세요.',
    sendTo: '{{phone}}(으)로 코드 보내기',
    sendToPhone: '내 휴대폰으로 코드 보내기',
    sentTo: '{{phone}}(으)로 코드를 보냈습니다.',
    smsHint: '코드는 IHSS 제공자 포털에서 보낸 문자 메시지에 있습니다.',
    sendAgain: '새 코드 보내기',
    sending: '보내는 중…',
    passkeyHeading: '패스키를 사용하세요',
    passkeyText: '이 계정에 설정한 얼굴, 지문, PIN 또는 보안 키를 사용하세요.',
    passkeyButton: '패스키 사용',
    recoveryHeading: '복구 코드를 사용하세요',
    recoveryText: '각 복구 코드는 한 번만 쓸 수 있습니다. 로그인한 후 “로그인 및 보안” 페이지에서 새 코드를 만들 수 있습니다.',
    recoveryLabel: '복구 코드',
    recoveryHint: '7KQM2-X9D4P처럼 문자와 숫자 10자입니다. 하이픈과 공백을 넣어도 됩니다.',
    passkeyCancelled: '패스키를 사용하지 않았습니다: 요청이 취소되었거나 시간이 초과되었습니다. 다시 시도하거나 다른 방법을 선택하세요.',
    passkeyFailed: '이 브라우저에서는 패스키를 사용할 수 없습니다. 다른 로그인 방법을 선택하세요.',
  },
};
