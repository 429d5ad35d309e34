import type { devicesEn } from './devices.en';
import type { Words } from './words';

/** Korean words of "Devices and sessions" (see devices.en.ts). */
export const devicesKo: Words<typeof devicesEn> = {
  devices: {
    heading: '기기 및 세션',
    intro: '지금 계정에 로그인되어 있는 곳입니다. 모르는 곳이 있으면 로그아웃시킨 다음 비밀번호를 바꾸세요.',
    placeNote: '위치는 네트워크 종류일 뿐입니다. 포털은 주소의 실제 위치를 찾아보지 않습니다.',
    thisDevice: '이 기기',
    phone: '휴대폰',
    tablet: '태블릿',
    computer: '컴퓨터',
    unknownDevice: '알 수 없는 기기',
    browserOn: '{{os}}의 {{browser}}',
    unknownBrowser: '알 수 없는 브라우저',
    placeLabel: '위치',
    signedInLabel: '로그인',
    lastUsedLabel: '마지막 사용',
    placeThisComputer: '이 컴퓨터',
    placePrivate: '사설 네트워크',
    placeInternet: '인터넷',
    placeInternet4: '인터넷, IPv4 {{address}}',
    placeInternet6: '인터넷, IPv6',
    placeUnknown: '알 수 없음',
    signOut: '로그아웃',
    signOutLabel: '로그아웃: {{device}}',
    confirmOne: '{{device}}에서 로그아웃할까요? 그 기기를 쓰는 사람은 다시 로그인해야 합니다.',
    confirmOneYes: '예, 로그아웃합니다',
    signOutOthers: '다른 모든 세션에서 로그아웃',
    confirmOthers: '이 세션을 뺀 모든 세션에서 로그아웃할까요? 각 세션에서 다시 로그인해야 합니다.',
    confirmOthersYes: '예, 다른 세션에서 로그아웃합니다',
    cancel: '취소',
    signedOutOne: '{{device}}에서 로그아웃했습니다.',
    signedOutOthers: '다른 세션 {{count}}개에서 로그아웃했습니다.',
    noOthers: '다른 곳에는 계정이 로그인되어 있지 않습니다.',
  },
};
