import { browserWords, day, denialWords, deviceWords, factorChange, ordinalOf, placeWords, reasonText, remainingOf, returnWords, s, type DeviceWords, type FactorChangeWords, type NotificationWords, type TemplateInput } from './parts.js';
import { monthInWords } from '../../../../contracts/messages/dates.js';

/** The pay period before the noun it describes, as Korean puts it: "2026년 3월 1일~2026년 3월 15일 근무시간 기록표". */
const period = (d: Record<string, unknown>) => (d.payPeriodStart && d.payPeriodEnd ? `${day(d.payPeriodStart, 'ko')}~${day(d.payPeriodEnd, 'ko')} ` : '');
/** The recipient's name in brackets right after what it concerns: a particle after the brackets agrees with that word. */
const forWhom = (d: Record<string, unknown>) => (d.recipientName ? `(${s(d.recipientName)} 님)` : '');
/** Who denied it: the reader's county by name when known. */
const countyOf = (i: TemplateInput) => (i.countyName ? `${i.countyName} 카운티` : '카운티');

/** Korean notifications: the words of every email, text message and in-app notice. */
// The security notices of issue #14: second factors, recovery codes and new devices.
const NOT_YOU = '본인이 한 일이 아니라면 비밀번호를 바꾸고 지금 카운티 상담 센터에 전화하세요.';
const smsNotYou = (phone: string) => `본인이 아니라면 카운티 상담 센터에 전화하세요: ${phone}.`;
const FACTORS: FactorChangeWords = {
  titles: { added: '두 번째 로그인 방법이 추가되었습니다', removed: '두 번째 로그인 방법이 삭제되었습니다', newRecoveryCodes: '새 복구 코드가 만들어졌습니다', changed: '두 번째 로그인 방법이 바뀌었습니다' },
  added: {
    passkey: 'IHSS 제공자 포털 계정에 패스키가 추가되었습니다.',
    totp: 'IHSS 제공자 포털 계정에 인증 앱이 설정되었습니다.',
    sms: 'IHSS 제공자 포털 계정에 휴대폰으로 받는 문자 메시지 코드가 설정되었습니다.',
    recovery_codes: 'IHSS 제공자 포털 계정의 복구 코드가 새로 만들어졌으며, 이전 코드는 더 이상 쓸 수 없습니다.',
  },
  removed: {
    passkey: 'IHSS 제공자 포털 계정에서 패스키가 삭제되었습니다.',
    totp: 'IHSS 제공자 포털 계정에서 인증 앱이 삭제되었습니다.',
    sms: 'IHSS 제공자 포털 계정의 문자 메시지 코드가 꺼졌습니다.',
    recovery_codes: 'IHSS 제공자 포털 계정의 복구 코드가 삭제되었습니다.',
  },
  changed: 'IHSS 제공자 포털 계정의 두 번째 로그인 방법이 바뀌었습니다.',
};
const DEVICE: DeviceWords = {
  devices: { phone: '휴대폰', tablet: '태블릿', computer: '컴퓨터' },
  unknownBrowser: '알 수 없는 브라우저',
  browserOn: (browser, os) => `${os}의 ${browser}`,
  separator: ', ',
  places: { this_computer: '포털 자체 컴퓨터', private: '사설 네트워크', internet: '인터넷', unknown: '알 수 없음', internet4: (address) => `인터넷, IPv4 ${address}`, internet6: '인터넷, IPv6' },
};
const codesLeft = (n: number | null) => (n === null ? '' : n === 0 ? ' 남은 복구 코드가 없습니다. 포털에서 새 코드를 만드세요.' : ` 남은 복구 코드: ${n}개.`);

export const ko: NotificationWords = {
  subjectPrefix: 'IHSS 포털',
  seeDetails: 'IHSS 포털에서 자세한 내용을 확인하세요.',
  closing: (i) =>
    `자세한 내용은 IHSS 제공자 포털에 로그인해서 확인하세요. 궁금한 점이 있으면 ${i.countyName ? `${i.countyName} 카운티` : '카운티'} IHSS에 전화하세요: ${i.helpPhone}.\n\nIHSS 포털은 이메일, 문자 메시지, 전화로 비밀번호를 절대 묻지 않으며, 로그인되는 링크를 절대 보내지 않습니다.`,
  table: {
    timesheet_approved: ({ data }) => ({
      title: '근무시간 기록표 승인됨',
      text: `${period(data)}근무시간 기록표${forWhom(data)}가 승인되었습니다.`,
    }),
    timesheet_rejected: (i) => {
      const { data } = i;
      if (data.by === 'county') {
        const county = countyOf(i);
        return {
          title: `${county}가 근무시간 기록표의 지급을 거부했습니다`,
          text: `${county}가 ${period(data)}근무시간 기록표${forWhom(data)}의 지급을 거부했습니다. 이유와 고칠 점:\n${denialWords(data, 'ko')}${data.reason ? `\n카운티 메모: "${s(data.reason)}"` : ''}\n포털에서 "확인이 필요한 일"을 여세요. 그 링크를 누르면 수정본이 열립니다. 이유에 적힌 것을 고친 뒤 "수정본 제출"을 누르세요.`,
          sms: `IHSS: ${county}가 근무시간 기록표${forWhom(data)}의 지급을 거부했습니다. IHSS 포털에서 이유를 보고 수정하세요.`,
        };
      }
      const who = data.recipientName ? `${s(data.recipientName)} 님` : '수혜자분';
      return {
        title: `${who}이 근무시간 기록표를 반려했습니다`,
        text: `${who}이 ${period(data)}근무시간 기록표를 반려했습니다.${data.reason ? ` 반려 이유: "${s(data.reason)}"` : ''}\n포털에서 "확인이 필요한 일"을 여세요. 그 링크를 누르면 수정본이 열립니다. 적힌 것을 고친 뒤 "수정본 제출"을 누르세요.`,
        sms: `IHSS: ${who}이 근무시간 기록표를 반려했습니다. IHSS 포털에서 이유를 보고 수정하세요.`,
      };
    },
    payment_issued: ({ data }) => ({
      title: '급여 지급 처리됨',
      text: `${period(data)}급여가 ${data.payDate ? `${day(data.payDate, 'ko')}에 ` : ''}지급 처리되었습니다${data.amount ? ` (금액: ${s(data.amount)})` : ''}. 급여 명세서는 포털에 있습니다.` + (data.shareOfCost && data.recipientName ? ` ${s(data.recipientName)}님에게서 ${s(data.shareOfCost)}을(를) 받으세요. 수혜자의 본인 부담금(Share of Cost)으로, 이번 급여에서 공제되었습니다.` : ''),
    }),
    payment_paid: ({ data }) => ({
      title: '급여 입금됨',
      text: `주 회계감사관실에 따르면 ${period(data)}급여(지급 번호 ${s(data.paymentNumber)}${data.amount ? `, ${s(data.amount)}` : ''})가 ${data.paidOn ? `${day(data.paidOn, 'ko')}에 ` : ''}지급되었습니다. 받지 못했다면 카운티 IHSS 사무실에 전화하세요.`,
    }),
    payment_returned: ({ data }) => ({
      title: '은행이 급여를 돌려보냈습니다',
      text: `${data.returnedOn ? `${day(data.returnedOn, 'ko')}에 ` : ''}은행이 ${period(data)}급여(지급 번호 ${s(data.paymentNumber)}${data.amount ? `, ${s(data.amount)}` : ''})를 돌려보냈습니다. 돈이 계좌에 들어가지 않았습니다. ${returnWords(data, 'ko')}`,
      sms: `IHSS: 은행이 급여(지급 번호 ${s(data.paymentNumber)}${data.amount ? `, ${s(data.amount)}` : ''})를 돌려보냈습니다. ${reasonText(data, 'ko')}IHSS 포털에서 해야 할 일을 확인하세요.`,
    }),
    recipient_no_action: ({ data }) => ({
      title: '수혜자가 근무시간 기록표를 아직 검토하지 않았습니다',
      text: `${period(data)}근무시간 기록표${forWhom(data)}를 2일 전에 제출했지만, 수혜자가 아직 승인하거나 거절하지 않았습니다. 수혜자에게 한번 말씀해 보세요.`,
    }),
    violation_recorded: ({ data }) => ({
      title: '위반이 기록되었습니다',
      text: `카운티가 ${data.month ? `${monthInWords('ko', s(data.month))}의 ` : ''}${ordinalOf(data, 'ko') ? `${ordinalOf(data, 'ko')} ` : ''}위반을 기록했습니다. 일한 초과근무 시간은 그대로 지급됩니다. 10일 안에 이의를 제기할 수 있습니다.`,
    }),
    new_message: ({ data }) => ({
      title: `새 메시지: ${s(data.subject, '카운티에서 온 메시지')}`,
      text: `${data.countyName ? `${s(data.countyName)} 카운티` : '카운티'} IHSS에서 새 메시지가 왔습니다: "${s(data.subject)}".${data.requiresAck ? ' 읽은 뒤 읽음 확인을 눌러 주세요.' : ''}`,
      sms: `IHSS: ${data.countyName ? `${s(data.countyName)} 카운티` : '카운티'}에서 새 메시지가 왔습니다: "${s(data.subject)}". IHSS 포털에서 읽어 보세요.`,
    }),
    pay_period_ending: ({ data }) => ({
      title: '급여 기간이 곧 끝납니다',
      text: `급여 기간이 ${data.payPeriodEnd ? `${day(data.payPeriodEnd, 'ko')}에` : '곧'} 끝나는데, 제출한 근무시간 기록표${forWhom(data)}가 없습니다. 급여가 늦지 않도록 제출하세요.`,
    }),
    password_changed: () => ({
      title: '비밀번호가 바뀌었습니다',
      text: 'IHSS 제공자 포털 계정의 비밀번호가 방금 바뀌었고, 다른 기기의 로그인은 모두 끝났습니다. 본인이 바꾼 것이 아니라면 지금 카운티 상담 센터에 전화하세요.',
    }),
    contact_changed: ({ data }) => ({
      title: '연락처가 바뀌었습니다',
      text: `IHSS 제공자 포털 계정의 ${data.what === 'phone' ? '전화번호' : data.what === 'address' ? '우편 주소' : '이메일 주소'}가 바뀌었습니다. 본인이 바꾼 것이 아니라면 지금 카운티 상담 센터에 전화하세요.`,
    }),
    account_created: ({ data }) =>
      data.kind === 'recipient'
        ? {
            title: 'IHSS 포털 계정 안내',
            text: `${data.countyName ? `${s(data.countyName)} 카운티` : '카운티'}에서 수혜자님의 케이스로 IHSS 포털 계정을 만들었습니다. 케이스 번호(${s(data.loginId)})로 로그인합니다. 비밀번호를 정하려면 포털의 로그인 페이지를 열고 "수혜자"를 고른 뒤 "비밀번호를 잊으셨나요?"를 누르고 케이스 번호를 입력하세요. 이 주소로 코드가 옵니다.`,
          }
        : data.kind === 'setup'
        ? {
            title: 'IHSS 포털 계정이 만들어졌습니다',
            text: `IHSS 제공자 포털 계정(제공자 번호 ${s(data.loginId)})이 방금 이 이메일 주소로 만들어졌습니다. 본인이 만든 것이 아니라면 지금 카운티 상담 센터에 전화하세요.`,
          }
        : {
            title: 'IHSS 포털 계정 안내',
            text: `${data.countyName ? `${s(data.countyName)} 카운티의 ` : ''}IHSS 제공자 포털 직원 계정이 만들어졌습니다. 사용자 이름은 ${s(data.loginId)}입니다. 비밀번호를 정하려면 포털의 로그인 페이지를 열고 "카운티 직원"을 고른 뒤 "비밀번호를 잊으셨나요?"를 누르고 사용자 이름을 입력하세요. 이 주소로 코드가 옵니다.`,
          },
    second_factor_changed: ({ data, helpPhone }) => {
      const { title, what } = factorChange(FACTORS, data);
      return { title, text: `${what} ${NOT_YOU}`, sms: `IHSS: ${title}. ${smsNotYou(helpPhone)}` };
    },
    recovery_code_used: ({ data, helpPhone }) => ({
      title: '복구 코드가 사용되었습니다',
      text: `방금 복구 코드로 IHSS 제공자 포털 계정에 로그인했습니다.${codesLeft(remainingOf(data))} ${NOT_YOU}`,
      sms: `IHSS: 방금 복구 코드로 계정에 로그인했습니다. ${smsNotYou(helpPhone)}`,
    }),
    second_factor_reset: ({ helpPhone }) => ({
      title: '두 번째 로그인 방법이 초기화되었습니다',
      text: '요청에 따라, 본인 확인을 마친 뒤 카운티가 IHSS 제공자 포털 계정의 두 번째 로그인 방법(패스키, 인증 앱, 문자 메시지 코드, 복구 코드)을 삭제했습니다. 다음에 로그인할 때 새 방법을 설정할 수 있습니다. 본인이 요청한 것이 아니라면 지금 카운티 상담 센터에 전화하세요.',
      sms: `IHSS: 카운티가 계정의 두 번째 로그인 방법을 초기화했습니다. 본인이 요청한 것이 아니라면 카운티 상담 센터에 전화하세요: ${helpPhone}.`,
    }),
    new_device_sign_in: ({ data, helpPhone }) => ({
      title: '처음 보는 기기에서 로그인했습니다',
      text: `방금 이전에 본 적 없는 기기에서 IHSS 제공자 포털 계정에 로그인했습니다.\n기기: ${deviceWords(DEVICE, data)}\n네트워크: ${placeWords(DEVICE, data)}\n본인이라면 아무것도 하지 않아도 됩니다. 본인이 아니라면 지금 비밀번호를 바꾸고 카운티 상담 센터에 전화하세요.`,
      sms: `IHSS: 처음 보는 기기(${browserWords(DEVICE, data)})에서 계정에 로그인했습니다. 본인이 아니라면 비밀번호를 바꾸고 카운티 상담 센터에 전화하세요: ${helpPhone}.`,
    }),
    withholding_changed: ({ data, helpPhone }) => ({
      title: '세금 원천징수 설정이 변경되었습니다',
      text: `IHSS 제공자 포털에서 ${data.tax === 'state' ? '캘리포니아주(DE 4)' : '연방(W-4)'} 소득세 원천징수 선택이 변경되었습니다.${data.effectiveFrom ? ` ${day(data.effectiveFrom, 'ko')}부터 지급되는 금액에 적용됩니다.` : ''} 본인이 한 일이 아니라면 지금 비밀번호를 바꾸고 카운티 상담 센터에 전화하세요.`,
      sms: `IHSS: ${data.tax === 'state' ? '캘리포니아주' : '연방'} 세금 원천징수 설정이 변경되었습니다. 본인이 아니라면 카운티 상담 센터에 전화하세요: ${helpPhone}.`,
    }),
  },
};
