import type { LanguagePack } from './types';

export const ko: LanguagePack = {
  locale: 'ko',
  name: '한국어',
  // Korean counts have no plural forms: "1시간", "2시간 30분".
  formatDuration(minutes) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return `${m}분`;
    if (m === 0) return `${h}시간`;
    return `${h}시간 ${m}분`;
  },
  evvElements: {
    serviceType: '서비스 종류',
    recipient: '돌봄을 받은 사람',
    date: '날짜',
    location: '장소(집 또는 집 밖)',
    provider: '돌봄을 제공한 사람',
    startAndEndTime: '시작 시간과 종료 시간',
  },
  reasons: {
    OVER_MONTHLY_AUTHORIZED: {
      title: '이 시간은 {{month}} {{recipient}} 님의 승인된 시간을 넘습니다.',
      howToFix:
        '이번 달 {{recipient}} 님에게 남은 시간은 {{remainingHours}}입니다. 남은 시간에 맞게 시간을 줄이세요. 시간이 더 필요하면 {{recipient}} 님이 사회복지사에게 전화하도록 부탁하세요.',
    },
    OVER_ASSIGNED_HOURS: {
      title: '{{recipient}} 님이 {{month}}에 나에게 배정한 시간은 {{assignedHours}}인데, 이 시간이 그보다 많습니다.',
      howToFix:
        '이번 달 {{recipient}} 님과 남은 시간은 {{remainingHours}}입니다. 시간을 줄이거나, 제출하기 전에 {{recipient}} 님에게 시간을 더 배정해 달라고 부탁하세요.',
    },
    OVER_WEEKLY_MAXIMUM: {
      title: '{{week}} 주간에 {{recipient}} 님을 위해 {{workedHours}} 일했습니다. 수혜자의 주당 시간({{weeklyMaximumHours}})보다 많습니다.',
      howToFix:
        '{{recipient}} 님이 원하고 한 달 합계가 승인된 시간 안이라면 괜찮습니다. 그만큼 같은 달의 다른 주에서 시간이 빠지므로, 뒤에는 시간을 줄여 계획하세요.',
    },
    OVER_66_HOURS: {
      title: '{{week}} 주간에 {{workedHours}} 일했습니다. 수혜자가 둘 이상이면 한 주 한도는 66시간입니다.',
      howToFix:
        '이번 주 모든 수혜자의 시간을 합해서 66시간 이하로 맞추세요. 이동 시간은 66시간에 들어가지 않습니다. 실제로 이만큼 일했다면 카운티 IHSS 사무실에 전화하세요. 일한 시간은 지급되지만, 카운티가 위반을 기록합니다.',
    },
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: '{{week}} 주간에 {{workedHours}} 입력했습니다. 예외 승인으로 한 주 최대 90시간까지 일할 수 있습니다.',
      howToFix: '이번 주 시간을 90시간 이하로 줄이세요. 잘못되었다고 생각하면 카운티 IHSS 사무실에 전화하세요.',
    },
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: '{{month}}에 {{workedHours}} 입력했습니다. 예외 승인으로 한 달 최대 360시간까지 일할 수 있습니다.',
      howToFix: '이번 달 시간을 360시간 이하로 줄이세요. 잘못되었다고 생각하면 카운티 IHSS 사무실에 전화하세요.',
    },
    OVER_TRAVEL_LIMIT: {
      title: '{{week}} 주간에 이동 시간을 {{travelHours}} 입력했습니다. 이동 시간은 한 주 최대 7시간까지 지급됩니다.',
      howToFix:
        '이동 시간은 지급되지만, 한 주에 7시간을 넘으면 위반이 됩니다. 이동 시간이 한 주 7시간 이하가 되도록 방문을 계획하세요.',
    },
    OVERTIME_WITHOUT_COUNTY_EXCEPTION: {
      title: '{{week}} 주간에 {{recipient}} 님을 위해 {{workedHours}} 일했습니다. 이 케이스는 한 주 {{weeklyMaximumHours}}까지라서, 초과근무는 먼저 카운티 승인을 받아야 합니다.',
      howToFix:
        '일한 시간은 지급되지만 위반이 됩니다. {{recipient}} 님과의 한 주 근무를 40시간 이하로 하거나, 초과근무 전에 {{recipient}} 님이 사회복지사에게 예외를 신청하도록 부탁하세요.',
    },
    OVER_USUAL_MONTHLY_OVERTIME: {
      title: '{{month}} 초과근무가 {{overtimeHours}}입니다. 수혜자들의 시간으로 보통 생기는 초과근무({{usualOvertimeHours}})보다 많습니다.',
      howToFix:
        '일한 시간은 지급되지만, 카운티가 승인하지 않았다면 위반이 됩니다. 여러 주에 시간을 고르게 나누거나, 수혜자가 사회복지사에게 예외를 신청하도록 부탁하세요.',
    },
    OVER_70_PERCENT_FIRST_HALF: {
      title: '1일부터 15일까지 {{recipient}} 님을 위해 {{firstHalfHours}} 입력했습니다. 한 달 시간({{monthlyHours}})의 70%가 넘습니다.',
      howToFix:
        '지급하기 전에 카운티가 이 근무시간 기록표를 검토합니다. 날짜와 시간이 맞는지 확인하세요. 맞다면 더 할 일은 없습니다.',
    },
    PROVIDER_NOT_ELIGIBLE: {
      title: '{{date}}에는 활동 중인 IHSS 제공자가 아니었습니다.',
      howToFix:
        '지급하기 전에 카운티가 검토합니다. 날짜를 확인하세요. 그날 자격이 있었다고 생각하면 카운티 IHSS 사무실이나 공공 당국(Public Authority)에 전화하세요.',
    },
    RANDOM_HOLD: {
      title: '이 근무시간 기록표는 카운티의 서명 확인을 위해 무작위로 뽑혔습니다.',
      howToFix:
        '하실 일은 없습니다. 뽑혔다고 해서 문제가 있다는 뜻은 아닙니다. 카운티가 서명과 체크인 기록을 비교한 뒤 승인하거나, 고칠 점을 알려 드립니다.',
    },
    RECIPIENT_NOT_ELIGIBLE: {
      title: '{{date}}에 {{recipient}} 님은 IHSS 자격이 없었습니다.',
      howToFix:
        '지급하기 전에 카운티가 검토합니다. 날짜를 확인하세요. {{recipient}} 님이 자격이 있었다고 생각하면 사회복지사에게 전화하도록 부탁하세요.',
    },
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: '카운티 기록에 따르면 {{date}}에 {{recipient}} 님을 위해 일하는 제공자가 아니었습니다.',
      howToFix:
        '날짜와 수혜자를 확인하세요. 그날 {{recipient}} 님을 위해 실제로 일했다면, 사회복지사에게 전화해서 그 날짜에 나를 케이스에 추가해 달라고 부탁하세요.',
    },
    OVERLAPPING_TIME: {
      title: '{{date}}의 {{startTime}}-{{endTime}} 시간이 {{otherRecipient}} 님과의 {{otherStartTime}}-{{otherEndTime}} 시간과 겹칩니다.',
      howToFix: '한 번에 한 곳에만 있을 수 있습니다. 겹치지 않도록 시작 시간이나 종료 시간을 고치세요.',
    },
    IMPOSSIBLE_TIME: {
      title: '{{date}}에 {{startTime}}부터 {{endTime}}까지 {{claimedHours}} 입력했지만, 그 사이는 {{spanHours}}뿐입니다.',
      howToFix: '시간이 그 사이에 들어가도록 시작 시간, 종료 시간 또는 근무한 시간을 고치세요.',
    },
    MORE_HOURS_THAN_IN_DAY: {
      title: '{{date}}에 {{claimedHours}} 입력했지만, 그날은 {{dayHours}}뿐입니다.',
      howToFix: '그날 모든 수혜자의 시간을 확인하고 고치세요.',
    },
    FUTURE_TIME: {
      title: '아직 오지 않은 날({{date}})의 시간을 입력했습니다.',
      howToFix: '일을 한 뒤에만 시간을 입력하세요. 이 시간을 지우고 근무를 마친 뒤에 입력하세요.',
    },
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: '{{date}}에 이동 시간을 {{travelHours}} 입력했지만, 이동 시간은 같은 날 한 수혜자에게서 다른 수혜자에게 바로 갈 때만 지급됩니다.',
      howToFix:
        '두 수혜자를 모두 돌본 날에, 찾아간 수혜자의 근무시간 기록표에만 이동 시간을 입력하세요. 집에서 출발하는 이동은 지급되지 않습니다.',
    },
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: '병가를 {{requestedHours}} 신청했습니다. 병가는 최소 1시간입니다.',
      howToFix: '병가를 1시간 이상 신청하세요.',
    },
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: '병가를 {{requestedHours}} 신청했습니다. 첫 1시간 뒤로는 30분 단위로 씁니다.',
      howToFix: '1시간 30분이나 2시간처럼 정시 또는 30분 단위로 바꾸세요.',
    },
    SICK_LEAVE_NOT_EARNED_YET: {
      title: '아직 병가가 생기지 않았습니다. 필요한 {{neededHours}} 중 {{workedHours}} 일했습니다.',
      howToFix: '병가는 100시간을 일한 뒤에 생깁니다. 계속 일하면 나중에 신청할 수 있습니다.',
    },
    SICK_LEAVE_NOT_USABLE_YET: {
      title: '병가는 생겼지만 {{usableDate}}부터 쓸 수 있습니다.',
      howToFix: '{{usableDate}} 또는 그 뒤의 날짜로 병가를 신청하세요. 그 전에 200시간을 더 일하면 그때부터 쓸 수 있습니다.',
    },
    SICK_LEAVE_OVER_BALANCE: {
      title: '병가를 {{requestedHours}} 신청했지만, 남은 병가는 {{balanceHours}}입니다.',
      howToFix: '{{balanceHours}} 이하로 신청하세요. 쓰지 않은 병가는 매년 6월 30일에 없어집니다.',
    },
    SICK_LEAVE_SHORT_NOTICE: {
      title: '근무 시작 {{noticeHours}} 전에 수혜자에게 알렸습니다. 규칙은 {{requiredHours}} 전에 알리도록 합니다.',
      howToFix:
        '다음에는 가능하면 48시간 전에, 급한 경우에도 근무 시작 최소 2시간 전에 수혜자에게 알리세요. 이번 병가는 그대로 지급됩니다.',
    },
    EVV_MISSING_ELEMENT: {
      title: '방문 기록에 빠진 정보가 있습니다: {{element}}.',
      howToFix: '제출하기 전에 방문 기록을 열어 이 정보를 넣으세요: {{element}}. 제출 전에 고치면 불이익이 없습니다.',
    },
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: '{{date}}의 체크아웃 시간이 체크인 시간보다 이릅니다.',
      howToFix: '제출하기 전에 그 방문의 체크인 또는 체크아웃 시간을 고치세요.',
    },
    EVV_LOCATION_FAR_FROM_HOME: {
      title: '{{date}}의 체크인 위치가 {{recipient}} 님의 집 주소에서 약 {{distanceMeters}}미터 떨어져 있었습니다.',
      howToFix:
        '하실 일은 없습니다. 이것 때문에 급여가 멈추는 일은 없습니다. {{recipient}} 님의 집에 있었다면, 건물 안에서는 휴대폰 위치가 틀릴 수 있습니다. 주소가 틀렸다면 {{recipient}} 님이 사회복지사에게 주소를 고쳐 달라고 하도록 부탁하세요.',
    },
    MISSING_RECIPIENT_APPROVAL: {
      title: '{{recipient}} 님이 이 근무시간 기록표를 승인하지 않았습니다.',
      howToFix: '이 근무시간 기록표를 수정해서 다시 제출한 뒤, {{recipient}} 님(또는 대리인)에게 승인해 달라고 부탁하세요. 승인한 뒤에만 카운티가 지급합니다.',
    },
    MISSING_PROVIDER_SIGNATURE: {
      title: '이 근무시간 기록표에 내 서명이 없습니다.',
      howToFix: '근무시간 기록표에 서명하거나 온라인으로 제출해서 다시 보내세요.',
    },
    SIGNATURE_DOES_NOT_MATCH: {
      title: '이 근무시간 기록표의 서명이 등록된 서명과 다릅니다.',
      howToFix: '카운티 IHSS 사무실에 전화하세요. 직접 가서 새 양식에 서명해야 할 수도 있습니다.',
    },
    HOURS_NOT_SUPPORTED_BY_EVV: {
      title: '이 근무시간 기록표의 시간이 체크인·체크아웃 기록과 맞지 않습니다.',
      howToFix: '해당 날짜의 방문을 확인하고, 시간이나 방문 기록을 고친 뒤 다시 제출하세요.',
    },
    DUPLICATE_CLAIM: {
      title: '이 시간은 이미 다른 근무시간 기록표에서 청구되었습니다.',
      howToFix: '같은 시간을 두 번 청구하지 마세요. 이미 보낸 근무시간 기록표를 바꾸려면 대신 수정본을 제출하세요.',
    },
    INCOMPLETE_TIMESHEET: {
      title: '이 근무시간 기록표는 빠진 곳이 있거나 알아보기 어렵습니다.',
      howToFix: '모든 날짜와 합계를 알아보기 쉽게 채우고, 서명한 뒤 다시 보내세요. 웹사이트나 휴대폰 앱을 쓰면 이런 일이 없습니다.',
    },
    RECIPIENT_IN_HOSPITAL_OR_FACILITY: {
      title: '이 날짜에 {{recipient}} 님은 병원이나 요양 시설에 있었습니다.',
      howToFix: '수혜자가 병원이나 시설에 있던 날은 IHSS 시간을 지급할 수 없습니다. 그 날짜를 지우세요. 날짜가 틀렸다면 카운티에 전화하세요.',
    },
    NO_TRAVEL_AGREEMENT: {
      title: '카운티에 나의 이동 시간 동의서(SOC 2255)가 없어서 아직 이동 시간을 지급할 수 없습니다.',
      howToFix:
        'SOC 2255 양식을 작성하고 서명해서 카운티 IHSS 사무실에 보내세요. 등록된 뒤에 이 근무시간 기록표를 수정해서 다시 제출하면 이동 시간이 지급됩니다.',
    },
    DAY_WITHOUT_HOURS: {
      title: '{{date}}에 시간이 없습니다. 이대로는 지급되지 않습니다.',
      howToFix: '{{date}}의 근무한 시간이나 시작·종료 시간을 입력하세요. 그날 일하지 않았다면 그날 칸을 비우세요.',
    },
  },
  // After a county denial. Each advice follows the rule cited beside it (the code's `source` in reason-codes.ts).
  denied: {
    // ACL 17-76: hours over the recipient's authorized hours are not paid; only the social worker changes them.
    OVER_MONTHLY_AUTHORIZED: {
      title: '이 시간은 이번 달 {{recipient}} 님의 승인된 시간을 넘습니다.',
      howToFix:
        '수정본에서는 한 달 시간이 {{recipient}} 님의 승인된 시간 안에 들도록 줄이세요. 시간은 {{recipient}} 님의 사회복지사만 늘릴 수 있습니다. 시간이 더 필요하면 {{recipient}} 님이 사회복지사에게 전화하도록 부탁하세요.',
    },
    // ACL 17-76: a provider is paid up to the hours the recipient assigned them.
    OVER_ASSIGNED_HOURS: {
      title: '이 시간은 {{recipient}} 님이 이번 달 나에게 배정한 시간을 넘습니다.',
      howToFix:
        '수정본에서는 {{recipient}} 님이 배정한 시간까지로 줄이세요. 더 필요하면 다시 제출하기 전에 {{recipient}} 님에게 시간을 더 배정해 달라고 부탁하세요.',
    },
    // CDSS overtime exemption page: 90 hours a workweek, all recipients together.
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: '적어도 한 주의 시간이 예외 승인으로 허용된 한 주 90시간을 넘습니다.',
      howToFix:
        '수정본에서는 모든 수혜자의 시간을 합해 매주 90시간 이하로 하세요. 예외 승인이 잘못되었다고 생각하면 카운티 IHSS 사무실에 전화하세요.',
    },
    // CDSS overtime exemption page: 360 hours a month, all recipients together.
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: '이 시간은 예외 승인으로 허용된 한 달 360시간을 넘습니다.',
      howToFix:
        '수정본에서는 모든 수혜자의 시간을 합해 한 달 360시간 이하로 하세요. 예외 승인이 잘못되었다고 생각하면 카운티 IHSS 사무실에 전화하세요.',
    },
    // LA DPSS timesheet exceptions: the county checks a first half over 70 % before paying; denied, it did not accept the hours.
    OVER_70_PERCENT_FIRST_HALF: {
      title: '이번 달 {{recipient}} 님의 시간 중 70% 넘게 1일부터 15일 사이에 있습니다.',
      howToFix:
        '카운티가 이 시간을 받아들이지 않았습니다. 수정본에는 날마다 실제로 일한 시간만 입력하세요. 체크인·체크아웃 기록이 도움이 됩니다. 모든 시간이 맞다면 다시 제출하기 전에 카운티 IHSS 사무실에 전화하세요.',
    },
    // LA DPSS timesheet exceptions: provider eligibility is kept by the county IHSS office and the Public Authority.
    PROVIDER_NOT_ELIGIBLE: {
      title: '청구한 날 중 며칠은 활동 중인 IHSS 제공자가 아니었습니다.',
      howToFix:
        '수정본에서는 활동 중인 제공자가 아니었던 날을 지우세요. 그날 자격이 있었다고 생각하면 다시 제출하기 전에 카운티 IHSS 사무실이나 공공 당국(Public Authority)에 전화하세요.',
    },
    // LA DPSS timesheet exceptions: the recipient's eligibility is their social worker's.
    RECIPIENT_NOT_ELIGIBLE: {
      title: '청구한 날 중 며칠은 {{recipient}} 님이 IHSS 자격이 없었습니다.',
      howToFix:
        '수정본에서는 {{recipient}} 님이 자격이 없던 날을 지우세요. {{recipient}} 님이 자격이 있었다고 생각하면, 다시 제출하기 전에 사회복지사에게 전화하도록 부탁하세요.',
    },
    // ACL 17-76: no hours without an assignment to the case on that date; the social worker adds a provider.
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: '청구한 날 중 며칠은 {{recipient}} 님의 케이스에 배정되어 있지 않았습니다.',
      howToFix:
        '수정본에서는 그 날짜를 지우세요. 그때 {{recipient}} 님을 위해 실제로 일했다면, 사회복지사에게 전화해서 그 날짜에 나를 케이스에 추가해 달라고 부탁한 뒤 다시 제출하세요.',
    },
    // A provider's shifts never overlap (ARCHITECTURE.md).
    OVERLAPPING_TIME: {
      title: '일부 시간이 다른 수혜자에게 청구한 시간과 겹칩니다.',
      howToFix:
        '한 번에 한 곳에만 있을 수 있습니다. 수정본에서는 다른 수혜자와의 시간과 겹치지 않도록 시작 시간과 종료 시간을 고치세요.',
    },
    // CDSS EVV help: pay is for the hours entered, which must fit between start and end.
    IMPOSSIBLE_TIME: {
      title: '며칠은 근무한 시간이 시작 시간과 종료 시간 사이에 들어가지 않습니다.',
      howToFix: '수정본에서는 시간이 그 사이에 들어가도록 시작 시간, 종료 시간 또는 근무한 시간을 고치세요.',
    },
    // A California day has 23, 24 or 25 hours.
    MORE_HOURS_THAN_IN_DAY: {
      title: '며칠은 청구한 시간이 그날의 시간보다 많습니다.',
      howToFix: '수정본에서는 그 날짜의 모든 수혜자 시간을 함께 확인하고, 일한 시간만 입력하세요.',
    },
    // Only time already worked is claimed (SEIU 2015 ESP guide).
    FUTURE_TIME: {
      title: '이 근무시간 기록표에 아직 오지 않은 날의 시간이 청구되어 있었습니다.',
      howToFix: '수정본에서는 보낼 때 아직 일하지 않았던 시간을 지우세요. 이미 일한 시간만 입력하세요.',
    },
    // ACL 16-01; ACIN I-18-19: travel is paid only directly between two recipients on the same day.
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: '이 근무시간 기록표에 같은 날 두 수혜자 사이가 아닌 이동 시간이 청구되어 있습니다.',
      howToFix:
        '수정본에서는 그 이동 시간을 지우세요. 이동 시간은 두 수혜자를 모두 돌보는 날, 한 수혜자에게서 다른 수혜자에게 바로 갈 때만 지급됩니다. 집에서 출발하는 이동은 지급되지 않습니다.',
    },
    // ACL 18-01: at least 1 hour. Sick leave is asked for apart from the timesheet, so the county corrects it.
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: '이번 급여 기간의 병가가 1시간보다 적습니다.',
      howToFix:
        '병가는 최소 1시간 단위로 씁니다. 카운티 IHSS 사무실에 전화해서 이번 급여 기간의 병가를 고친 뒤, 이 근무시간 기록표를 수정해서 다시 제출하세요.',
    },
    // ACL 18-01: after the first hour, 30-minute steps.
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: '이번 급여 기간의 병가가 정시나 30분 단위가 아닙니다.',
      howToFix:
        '첫 1시간 뒤로 병가는 30분 단위로 씁니다. 카운티 IHSS 사무실에 전화해서 이번 급여 기간의 병가를 고친 뒤, 이 근무시간 기록표를 수정해서 다시 제출하세요.',
    },
    // ACL 18-01: earned after 100 hours worked.
    SICK_LEAVE_NOT_EARNED_YET: {
      title: '이번 급여 기간의 병가를 병가가 생기기 전에 신청했습니다.',
      howToFix:
        '병가는 100시간을 일한 뒤에 생깁니다. 카운티 IHSS 사무실에 이번 급여 기간의 병가에 대해 전화한 뒤, 이 근무시간 기록표를 수정해서 다시 제출하세요.',
    },
    // ACL 18-01: usable after 200 more hours or 60 days, whichever is first.
    SICK_LEAVE_NOT_USABLE_YET: {
      title: '이번 급여 기간의 병가를 쓸 수 있기 전에 신청했습니다.',
      howToFix:
        '병가는 생긴 뒤 200시간을 더 일하거나 60일이 지나면, 둘 중 먼저 오는 때부터 쓸 수 있습니다. 카운티 IHSS 사무실에 이번 급여 기간의 병가에 대해 전화한 뒤, 이 근무시간 기록표를 수정해서 다시 제출하세요.',
    },
    // ACL 18-01; SB 616: no more than the balance.
    SICK_LEAVE_OVER_BALANCE: {
      title: '이번 급여 기간의 병가가 남은 병가보다 많습니다.',
      howToFix:
        '카운티 IHSS 사무실에 전화해서 이번 급여 기간의 병가를 남은 만큼으로 줄인 뒤, 이 근무시간 기록표를 수정해서 다시 제출하세요.',
    },
    // 21st Century Cures Act section 12006: the six elements of a visit.
    EVV_MISSING_ELEMENT: {
      title: '이 근무시간 기록표의 방문 중 하나에 EVV 기록에 필요한 정보가 빠져 있습니다.',
      howToFix:
        '이번 급여 기간의 방문을 열어 장소나 시작·종료 시간처럼 빠진 정보를 넣으세요. 그다음 이 근무시간 기록표를 수정해서 다시 제출하세요.',
    },
    // 21st Century Cures Act section 12006: the start and end time of the service.
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: '이 근무시간 기록표의 방문 중 하나에서 체크아웃이 체크인보다 이릅니다.',
      howToFix: '그 방문의 체크인 또는 체크아웃 시간을 고친 뒤, 일한 시간으로 이 근무시간 기록표를 수정해서 다시 제출하세요.',
    },
  },
};
