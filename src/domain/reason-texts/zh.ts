import type { LanguagePack } from './types';

export const zh: LanguagePack = {
  locale: 'zh-Hant',
  name: '中文',
  // Chinese nouns take no plural form: the count stands before the unit, "2 小時 30 分鐘".
  formatDuration(minutes) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return `${m} 分鐘`;
    if (m === 0) return `${h} 小時`;
    return `${h} 小時 ${m} 分鐘`;
  },
  evvElements: {
    serviceType: '服務類型',
    recipient: '接受照顧的人',
    date: '日期',
    location: '地點（家中或社區）',
    provider: '提供照顧的人',
    startAndEndTime: '開始和結束時間',
  },
  reasons: {
    OVER_MONTHLY_AUTHORIZED: {
      title: '這些時數超過了 {{recipient}} 在 {{month}} 的授權時數。',
      howToFix: '{{recipient}} 本月還剩 {{remainingHours}}。請減少您的時數，或如果 {{recipient}} 需要更多時數，請對方致電自己的社工。',
    },
    OVER_ASSIGNED_HOURS: {
      title: '{{recipient}} 在 {{month}} 分配給您 {{assignedHours}}，這些時數超過了分配的時數。',
      howToFix: '您本月為 {{recipient}} 工作還剩 {{remainingHours}}。請減少您的時數，或在提交前請 {{recipient}} 分配更多時數給您。',
    },
    OVER_WEEKLY_MAXIMUM: {
      title: '您在 {{week}} 這一週為 {{recipient}} 工作了 {{workedHours}}，超過對方的每週時數（{{weeklyMaximumHours}}）。',
      howToFix:
        '只要 {{recipient}} 同意，而且整個月的總時數不超過對方的時數，這是允許的。多出的時數會從當月其他週扣除，所以之後請安排較少的時數。',
    },
    OVER_66_HOURS: {
      title: '您在 {{week}} 這一週工作了 {{workedHours}}。服務多位服務接受者時，上限是每週 66 小時。',
      howToFix:
        '請把您所有服務接受者這一週的時數加起來檢查，保持在 66 小時以內。交通時間不算在 66 小時內。如果您確實工作了這些時數，請致電您所在縣的 IHSS 辦公室：您工作的時間會獲得薪資，但縣政府會記錄一次違規。',
    },
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: '您在 {{week}} 這一週填寫了 {{workedHours}}。您的豁免最多允許每週 90 小時。',
      howToFix: '請將這一週的時數減少到 90 小時以內。如果您認為這有錯，請致電您所在縣的 IHSS 辦公室。',
    },
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: '您在 {{month}} 填寫了 {{workedHours}}。您的豁免最多允許每月 360 小時。',
      howToFix: '請將這個月的時數減少到 360 小時以內。如果您認為這有錯，請致電您所在縣的 IHSS 辦公室。',
    },
    OVER_TRAVEL_LIMIT: {
      title: '您在 {{week}} 這一週填寫了 {{travelHours}} 的交通時間。交通時間每週最多支付 7 小時。',
      howToFix: '這些時間會獲得薪資，但一週交通時間超過 7 小時會算作違規。請安排您的到訪，讓交通時間保持在每週 7 小時以內。',
    },
    OVERTIME_WITHOUT_COUNTY_EXCEPTION: {
      title: '您在 {{week}} 這一週為 {{recipient}} 工作了 {{workedHours}}。對方的個案每週允許 {{weeklyMaximumHours}}，所以加班必須先經縣政府核准。',
      howToFix:
        '您工作的時間會獲得薪資，但這會算作違規。請將您每週為 {{recipient}} 工作的時數保持在 40 小時以內，或在加班之前請 {{recipient}} 向社工申請例外。',
    },
    OVER_USUAL_MONTHLY_OVERTIME: {
      title: '您在 {{month}} 有 {{overtimeHours}} 的加班，超過您的服務接受者時數通常會產生的 {{usualOvertimeHours}}。',
      howToFix:
        '您工作的時間會獲得薪資，但除非縣政府已核准，否則這會算作違規。請把時數較平均地分配到各週，或請您的服務接受者向社工申請例外。',
    },
    OVER_70_PERCENT_FIRST_HALF: {
      title: '您在 1 日到 15 日為 {{recipient}} 填寫了 {{firstHalfHours}}：超過當月 {{monthlyHours}} 的 70%。',
      howToFix: '縣政府會在付款前審核這份工時表。請檢查日期和時數是否正確。如果都正確，您不需要再做任何事。',
    },
    PROVIDER_NOT_ELIGIBLE: {
      title: '您在 {{date}} 不是有效的 IHSS 服務提供者。',
      howToFix: '縣政府會在付款前審核。請檢查日期。如果您認為那天您符合資格，請致電您所在縣的 IHSS 辦公室或公共管理局。',
    },
    RANDOM_HOLD: {
      title: '這份工時表被隨機抽中，接受縣政府的簽名抽查。',
      howToFix: '您不需要做任何事。被抽中不代表有任何錯誤：縣政府會核對簽名和您的簽到紀錄，然後核准，或告訴您需要改正什麼。',
    },
    RECIPIENT_NOT_ELIGIBLE: {
      title: '{{recipient}} 在 {{date}} 不符合 IHSS 資格。',
      howToFix: '縣政府會在付款前審核。請檢查日期。如果 {{recipient}} 認為自己符合資格，請對方致電自己的社工。',
    },
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: '依縣政府紀錄，您在 {{date}} 沒有為 {{recipient}} 工作。',
      howToFix: '請檢查日期和服務接受者。如果您那天確實為 {{recipient}} 工作，請對方致電自己的社工，把您加入那天的個案。',
    },
    OVERLAPPING_TIME: {
      title: '在 {{date}}，您 {{startTime}}-{{endTime}} 的時間與您為 {{otherRecipient}} 工作的 {{otherStartTime}}-{{otherEndTime}} 重疊。',
      howToFix: '您同一時間只能在一個地方。請更正開始或結束時間，讓時間不重疊。',
    },
    IMPOSSIBLE_TIME: {
      title: '您在 {{date}} 的 {{startTime}} 到 {{endTime}} 之間填寫了 {{claimedHours}}，但這段時間只有 {{spanHours}}。',
      howToFix: '請更正開始時間、結束時間或工作時數，讓時數符合這段時間。',
    },
    MORE_HOURS_THAN_IN_DAY: {
      title: '您在 {{date}} 填寫了 {{claimedHours}}，但那一天只有 {{dayHours}}。',
      howToFix: '請檢查您所有服務接受者那一天的時數，並加以更正。',
    },
    FUTURE_TIME: {
      title: '您填寫了 {{date}} 的時間，但那一天還沒有到。',
      howToFix: '請在實際工作之後再填寫時間。請刪除這段時間，等工作結束後再加上。',
    },
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: '您在 {{date}} 填寫了 {{travelHours}} 的交通時間，但只有在同一天從一位服務接受者直接前往另一位時，交通時間才會支付。',
      howToFix: '請只在您前往的那位服務接受者的工時表上，填寫您為兩位服務接受者都工作的那一天的交通時間。從您家出發的交通時間不支付。',
    },
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: '您申請了 {{requestedHours}} 的病假。最少要 1 小時。',
      howToFix: '請至少申請 1 小時的病假。',
    },
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: '您申請了 {{requestedHours}} 的病假。第一個小時之後，病假以半小時為單位。',
      howToFix: '請將時數改為整數或半小時，例如 1 小時 30 分鐘或 2 小時。',
    },
    SICK_LEAVE_NOT_EARNED_YET: {
      title: '您還沒有取得病假：您已工作 {{workedHours}}，需要 {{neededHours}}。',
      howToFix: '工作滿 100 小時後就會取得病假。請繼續工作，之後就可以申請。',
    },
    SICK_LEAVE_NOT_USABLE_YET: {
      title: '您已取得病假，但要從 {{usableDate}} 起才能使用。',
      howToFix: '請申請 {{usableDate}} 當天或之後的病假，或在您再工作 200 小時之後申請，以較早者為準。',
    },
    SICK_LEAVE_OVER_BALANCE: {
      title: '您申請了 {{requestedHours}} 的病假，但您只剩 {{balanceHours}}。',
      howToFix: '請申請 {{balanceHours}} 以內。未使用的病假每年 6 月 30 日到期。',
    },
    SICK_LEAVE_SHORT_NOTICE: {
      title: '您在上班前 {{noticeHours}} 才通知服務接受者；規定要求提前 {{requiredHours}}。',
      howToFix: '下次請盡量提前 48 小時通知服務接受者；如遇緊急情況，至少在上班前 2 小時通知。這不會影響您病假的支付。',
    },
    EVV_MISSING_ELEMENT: {
      title: '您的到訪紀錄缺少{{element}}。',
      howToFix: '請在提交前打開這次到訪，補上{{element}}。在提交前改正不會受到任何處罰。',
    },
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: '您在 {{date}} 的簽退時間早於簽到時間。',
      howToFix: '請在提交前更正那次到訪的簽到或簽退時間。',
    },
    EVV_LOCATION_FAR_FROM_HOME: {
      title: '您在 {{date}} 簽到的位置距離 {{recipient}} 的住家地址約 {{distanceMeters}} 公尺。',
      howToFix:
        '您不需要做任何事：這絕不會影響您的薪資。如果您當時在 {{recipient}} 家中，手機在建築物內的定位可能不準。如果地址有誤，請 {{recipient}} 找社工更新地址。',
    },
    MISSING_RECIPIENT_APPROVAL: {
      title: '{{recipient}} 還沒有核准這份工時表。',
      howToFix: '請更正並重新提交這份工時表，然後請 {{recipient}}（或其代表）核准。對方核准之後，縣政府才會付款。',
    },
    MISSING_PROVIDER_SIGNATURE: {
      title: '這份工時表沒有您的簽名。',
      howToFix: '請在工時表上簽名，或在網上提交，然後重新送出。',
    },
    SIGNATURE_DOES_NOT_MATCH: {
      title: '這份工時表上的簽名與存檔的簽名不符。',
      howToFix: '請致電您所在縣的 IHSS 辦公室。您可能需要親自簽署一份新表格。',
    },
    HOURS_NOT_SUPPORTED_BY_EVV: {
      title: '這份工時表上的時數與您的簽到和簽退紀錄不符。',
      howToFix: '請檢查相關日期的到訪，更正時數或到訪紀錄，然後重新提交。',
    },
    DUPLICATE_CLAIM: {
      title: '這些時數已經在另一份工時表上申報過了。',
      howToFix: '同樣的時數不要申報兩次。如要修改已送出的工時表，請改為提交更正。',
    },
    INCOMPLETE_TIMESHEET: {
      title: '這份工時表不完整或難以辨識。',
      howToFix: '請清楚填寫每一天和合計，簽名後重新送出。使用網站或手機應用程式可以避免這個問題。',
    },
    RECIPIENT_IN_HOSPITAL_OR_FACILITY: {
      title: '{{recipient}} 在這幾天住在醫院或照護機構。',
      howToFix: '服務接受者住在醫院或機構的日子，IHSS 時數不能支付。請刪除那幾天。如果日期有誤，請致電縣政府。',
    },
    NO_TRAVEL_AGREEMENT: {
      title: '交通時間還不能支付：縣政府沒有您的交通時間協議 (SOC 2255)。',
      howToFix: '請填寫並簽署 SOC 2255 表格，寄到您所在縣的 IHSS 辦公室。存檔之後，請更正並重新提交這份工時表，您的交通時間就會支付。',
    },
    DAY_WITHOUT_HOURS: {
      title: '{{date}} 沒有時數：不會支付。',
      howToFix: '請填寫 {{date}} 的工作時數，或開始和結束時間。如果您那天沒有工作，請清空那一天的欄位。',
    },
  },
  // After a county denial. Each advice follows the rule cited beside it (the code's `source` in reason-codes.ts).
  denied: {
    // ACL 17-76: hours over the recipient's authorized hours are not paid; only the social worker changes them.
    OVER_MONTHLY_AUTHORIZED: {
      title: '這些時數超過了 {{recipient}} 當月的授權時數。',
      howToFix:
        '在更正版本中，請減少您的時數，讓當月總時數不超過 {{recipient}} 的授權時數。只有 {{recipient}} 的社工可以增加時數：如果需要更多，請 {{recipient}} 致電社工。',
    },
    // ACL 17-76: a provider is paid up to the hours the recipient assigned them.
    OVER_ASSIGNED_HOURS: {
      title: '這些時數超過了 {{recipient}} 當月分配給您的時數。',
      howToFix: '在更正版本中，請將時數減少到 {{recipient}} 分配給您的時數。如果需要更多，請在重新提交前請 {{recipient}} 分配更多時數給您。',
    },
    // CDSS overtime exemption page: 90 hours a workweek, all recipients together.
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: '至少有一週的時數超過了您的豁免允許的每週 90 小時。',
      howToFix: '在更正版本中，請讓您所有服務接受者合計的每週時數都保持在 90 小時以內。如果您認為您的豁免有誤，請致電您所在縣的 IHSS 辦公室。',
    },
    // CDSS overtime exemption page: 360 hours a month, all recipients together.
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: '這些時數超過了您的豁免允許的每月 360 小時。',
      howToFix: '在更正版本中，請讓您所有服務接受者合計的當月時數保持在 360 小時以內。如果您認為您的豁免有誤，請致電您所在縣的 IHSS 辦公室。',
    },
    // LA DPSS timesheet exceptions: the county checks a first half over 70 % before paying; denied, it did not accept the hours.
    OVER_70_PERCENT_FIRST_HALF: {
      title: '{{recipient}} 當月超過 70% 的時數集中在 1 日到 15 日。',
      howToFix:
        '縣政府沒有接受這些時數。在更正版本中，請只填寫您每天實際工作的時數；您的簽到和簽退紀錄可以幫助您。如果每個小時都正確，請在重新提交前致電您所在縣的 IHSS 辦公室。',
    },
    // LA DPSS timesheet exceptions: provider eligibility is kept by the county IHSS office and the Public Authority.
    PROVIDER_NOT_ELIGIBLE: {
      title: '在申報的某些日子，您不是有效的 IHSS 服務提供者。',
      howToFix: '在更正版本中，請刪除您不是有效服務提供者的日子。如果您認為那幾天您符合資格，請在重新提交前致電您所在縣的 IHSS 辦公室或公共管理局。',
    },
    // LA DPSS timesheet exceptions: the recipient's eligibility is their social worker's.
    RECIPIENT_NOT_ELIGIBLE: {
      title: '在申報的某些日子，{{recipient}} 不符合 IHSS 資格。',
      howToFix: '在更正版本中，請刪除 {{recipient}} 不符合資格的日子。如果 {{recipient}} 認為自己符合資格，請在重新提交前請對方致電自己的社工。',
    },
    // ACL 17-76: no hours without an assignment to the case on that date; the social worker adds a provider.
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: '在申報的某些日子，您沒有被指派到 {{recipient}} 的個案。',
      howToFix: '在更正版本中，請刪除那幾天。如果您當時確實為 {{recipient}} 工作，請對方致電自己的社工，把您加入那幾天的個案，然後重新提交。',
    },
    // A provider's shifts never overlap (ARCHITECTURE.md).
    OVERLAPPING_TIME: {
      title: '您的某些時數與您為另一位服務接受者申報的時數重疊。',
      howToFix: '您同一時間只能在一個地方。在更正版本中，請修改開始和結束時間，讓它們不與您為其他服務接受者工作的時間重疊。',
    },
    // CDSS EVV help: pay is for the hours entered, which must fit between start and end.
    IMPOSSIBLE_TIME: {
      title: '有些日子的工作時數不符合開始和結束時間之間的長度。',
      howToFix: '在更正版本中，請修改開始時間、結束時間或工作時數，讓時數符合這段時間。',
    },
    // A California day has 23, 24 or 25 hours.
    MORE_HOURS_THAN_IN_DAY: {
      title: '有些日子申報的時數比那一天的總時數還多。',
      howToFix: '在更正版本中，請把您所有服務接受者那幾天的時數加起來檢查，只填寫您實際工作的時數。',
    },
    // Only time already worked is claimed (SEIU 2015 ESP guide).
    FUTURE_TIME: {
      title: '這份工時表申報了還沒有到的日子的時間。',
      howToFix: '在更正版本中，請刪除送出時您還沒有工作的時間。只填寫您已經工作的時間。',
    },
    // ACL 16-01; ACIN I-18-19: travel is paid only directly between two recipients on the same day.
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: '這份工時表申報的交通時間不是同一天在兩位服務接受者之間。',
      howToFix:
        '在更正版本中，請刪除那段交通時間。只有在您為兩位服務接受者都工作的那一天，從一位直接前往另一位時，交通時間才會支付；從您家出發的交通時間不支付。',
    },
    // ACL 18-01: at least 1 hour. Sick leave is asked for apart from the timesheet, so the county corrects it.
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: '本薪資期的病假少於 1 小時。',
      howToFix: '病假最少要 1 小時。請致電您所在縣的 IHSS 辦公室更正本薪資期的病假，然後更正並重新提交這份工時表。',
    },
    // ACL 18-01: after the first hour, 30-minute steps.
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: '本薪資期的病假不是整數或半小時。',
      howToFix: '第一個小時之後，病假以半小時為單位。請致電您所在縣的 IHSS 辦公室更正本薪資期的病假，然後更正並重新提交這份工時表。',
    },
    // ACL 18-01: earned after 100 hours worked.
    SICK_LEAVE_NOT_EARNED_YET: {
      title: '本薪資期的病假是在您取得病假之前申請的。',
      howToFix: '工作滿 100 小時後才會取得病假。請致電您所在縣的 IHSS 辦公室詢問本薪資期的病假，然後更正並重新提交這份工時表。',
    },
    // ACL 18-01: usable after 200 more hours or 60 days, whichever is first.
    SICK_LEAVE_NOT_USABLE_YET: {
      title: '本薪資期的病假是在您可以使用之前申請的。',
      howToFix:
        '取得病假後，再工作 200 小時或滿 60 天（以較早者為準）才能使用。請致電您所在縣的 IHSS 辦公室詢問本薪資期的病假，然後更正並重新提交這份工時表。',
    },
    // ACL 18-01; SB 616: no more than the balance.
    SICK_LEAVE_OVER_BALANCE: {
      title: '本薪資期的病假超過了您剩餘的時數。',
      howToFix: '請致電您所在縣的 IHSS 辦公室，將本薪資期的病假減少到您剩餘的時數，然後更正並重新提交這份工時表。',
    },
    // 21st Century Cures Act section 12006: the six elements of a visit.
    EVV_MISSING_ELEMENT: {
      title: '這份工時表中有一次到訪缺少 EVV 紀錄需要的資料。',
      howToFix: '請打開本薪資期的到訪，補上缺少的資料，例如地點或開始和結束時間。然後更正並重新提交這份工時表。',
    },
    // 21st Century Cures Act section 12006: the start and end time of the service.
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: '這份工時表中有一次到訪的簽退時間早於簽到時間。',
      howToFix: '請更正那次到訪的簽到或簽退時間，然後用您實際工作的時數更正並重新提交這份工時表。',
    },
  },
};
