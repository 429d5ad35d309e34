import type { Words } from './words';
import type { recordsEn } from './records.en';

/** Korean words of 'Download my records' (see records.en.ts). */
export const recordsKo: Words<typeof recordsEn> = {
  records: {
    heading: '내 기록',
    intro: '내 로그인, 체크인과 체크아웃, 근무 시간표와 그에 대한 모든 결정, 카운티와 주고받은 메시지, 급여 기록을 내 사본으로 보관하세요. 스프레드시트(CSV) 파일이 든 ZIP 파일 하나로 받으며, 각 파일에 무엇이 있는지 알려 주는 README가 함께 들어 있습니다.',
    privacy: '파일에는 내 기록만 있고, 다른 사람의 건강 정보는 절대 없습니다. 안전한 곳에 보관하세요.',
    download: '내 기록 다운로드',
    preparing: '기록을 준비하는 중…',
  },
};
