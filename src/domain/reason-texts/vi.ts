import type { LanguagePack } from './types';

export const vi: LanguagePack = {
  locale: 'vi',
  name: 'Tiếng Việt',
  // Vietnamese nouns do not change with the count: "1 giờ", "2 giờ".
  formatDuration(minutes) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return `${m} phút`;
    if (m === 0) return `${h} giờ`;
    return `${h} giờ ${m} phút`;
  },
  evvElements: {
    serviceType: 'loại dịch vụ',
    recipient: 'người được chăm sóc',
    date: 'ngày',
    location: 'nơi chăm sóc (tại nhà hoặc ngoài cộng đồng)',
    provider: 'người chăm sóc',
    startAndEndTime: 'giờ bắt đầu và giờ kết thúc',
  },
  reasons: {
    OVER_MONTHLY_AUTHORIZED: {
      title: 'Số giờ này vượt quá số giờ được cho phép của {{recipient}} trong {{month}}.',
      howToFix:
        '{{recipient}} còn {{remainingHours}} trong tháng này. Xin giảm số giờ cho vừa, hoặc nhờ {{recipient}} gọi nhân viên xã hội nếu họ cần thêm giờ.',
    },
    OVER_ASSIGNED_HOURS: {
      title: '{{recipient}} đã giao cho quý vị {{assignedHours}} trong {{month}}, và số giờ này vượt quá mức đó.',
      howToFix:
        'Quý vị còn {{remainingHours}} với {{recipient}} trong tháng này. Xin giảm số giờ, hoặc nhờ {{recipient}} giao thêm giờ cho quý vị trước khi nộp.',
    },
    OVER_WEEKLY_MAXIMUM: {
      title: 'Quý vị đã làm {{workedHours}} cho {{recipient}} trong tuần {{week}}, nhiều hơn số giờ mỗi tuần của họ ({{weeklyMaximumHours}}).',
      howToFix:
        'Điều này được phép nếu {{recipient}} muốn, miễn là tổng số giờ của tháng vẫn nằm trong số giờ của họ. Số giờ đó sẽ bị trừ vào các tuần khác trong tháng, nên xin dự tính làm ít giờ hơn về sau.',
    },
    OVER_66_HOURS: {
      title: 'Quý vị đã làm {{workedHours}} trong tuần {{week}}. Khi có nhiều người nhận, giới hạn là 66 giờ mỗi tuần.',
      howToFix:
        'Xin kiểm tra số giờ của tuần này cho tất cả người nhận cộng lại và giữ ở mức 66 giờ trở xuống. Thời gian đi lại không tính vào 66 giờ. Nếu quý vị thật sự đã làm số giờ này, xin gọi văn phòng IHSS của quận: thời gian đã làm được trả lương, và quận sẽ ghi nhận một vi phạm.',
    },
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: 'Quý vị đã nhập {{workedHours}} trong tuần {{week}}. Diện miễn trừ của quý vị cho phép tối đa 90 giờ mỗi tuần.',
      howToFix: 'Xin giảm số giờ của tuần này xuống 90 giờ trở xuống. Nếu quý vị nghĩ điều này sai, xin gọi văn phòng IHSS của quận.',
    },
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: 'Quý vị đã nhập {{workedHours}} trong {{month}}. Diện miễn trừ của quý vị cho phép tối đa 360 giờ mỗi tháng.',
      howToFix: 'Xin giảm số giờ của tháng này xuống 360 giờ trở xuống. Nếu quý vị nghĩ điều này sai, xin gọi văn phòng IHSS của quận.',
    },
    OVER_TRAVEL_LIMIT: {
      title: 'Quý vị đã nhập {{travelHours}} đi lại trong tuần {{week}}. Thời gian đi lại được trả tối đa 7 giờ mỗi tuần.',
      howToFix:
        'Quý vị sẽ được trả cho thời gian này, nhưng đi lại hơn 7 giờ trong một tuần bị tính là vi phạm. Xin sắp xếp các buổi chăm sóc để thời gian đi lại không quá 7 giờ mỗi tuần.',
    },
    OVERTIME_WITHOUT_COUNTY_EXCEPTION: {
      title:
        'Quý vị đã làm {{workedHours}} cho {{recipient}} trong tuần {{week}}. Hồ sơ của họ cho phép {{weeklyMaximumHours}} mỗi tuần, nên làm thêm giờ cần quận chấp thuận trước.',
      howToFix:
        'Quý vị sẽ được trả cho thời gian đã làm, nhưng việc này bị tính là vi phạm. Xin giữ số giờ mỗi tuần với {{recipient}} ở mức 40 giờ trở xuống, hoặc nhờ {{recipient}} xin nhân viên xã hội cho một ngoại lệ trước khi quý vị làm thêm giờ.',
    },
    OVER_USUAL_MONTHLY_OVERTIME: {
      title: 'Quý vị có {{overtimeHours}} làm thêm giờ trong {{month}}, nhiều hơn {{usualOvertimeHours}} mà số giờ của người nhận thường cho phép.',
      howToFix:
        'Quý vị sẽ được trả cho thời gian đã làm, nhưng việc này bị tính là vi phạm trừ khi quận đã chấp thuận. Xin chia đều số giờ hơn giữa các tuần, hoặc nhờ người nhận xin nhân viên xã hội cho một ngoại lệ.',
    },
    OVER_70_PERCENT_FIRST_HALF: {
      title: 'Quý vị đã nhập {{firstHalfHours}} cho {{recipient}} từ ngày 1 đến ngày 15: hơn 70% của {{monthlyHours}} trong tháng.',
      howToFix:
        'Quận sẽ xem xét bảng chấm công này trước khi trả lương. Xin kiểm tra các ngày và số giờ có đúng không. Nếu đúng, quý vị không cần làm gì thêm.',
    },
    PROVIDER_NOT_ELIGIBLE: {
      title: 'Quý vị không phải là nhà cung cấp IHSS đang hoạt động vào ngày {{date}}.',
      howToFix:
        'Quận sẽ xem xét trước khi trả lương. Xin kiểm tra lại ngày. Nếu quý vị nghĩ mình hội đủ điều kiện vào ngày đó, xin gọi văn phòng IHSS của quận hoặc Cơ Quan Công Quyền (Public Authority).',
    },
    RANDOM_HOLD: {
      title: 'Bảng chấm công này được chọn ngẫu nhiên để quận kiểm tra chữ ký.',
      howToFix:
        'Quý vị không cần làm gì. Được chọn không có nghĩa là có gì sai: quận sẽ so chữ ký với các lần chấm giờ của quý vị, rồi chấp thuận hoặc cho quý vị biết cần sửa gì.',
    },
    RECIPIENT_NOT_ELIGIBLE: {
      title: '{{recipient}} không hội đủ điều kiện nhận IHSS vào ngày {{date}}.',
      howToFix:
        'Quận sẽ xem xét trước khi trả lương. Xin kiểm tra lại ngày. Nếu {{recipient}} nghĩ mình hội đủ điều kiện, xin nhờ họ gọi nhân viên xã hội.',
    },
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: 'Theo hồ sơ của quận, quý vị không làm việc cho {{recipient}} vào ngày {{date}}.',
      howToFix:
        'Xin kiểm tra ngày và người nhận. Nếu quý vị thật sự đã làm cho {{recipient}} ngày đó, xin nhờ họ gọi nhân viên xã hội để thêm quý vị vào hồ sơ của họ cho ngày đó.',
    },
    OVERLAPPING_TIME: {
      title: 'Ngày {{date}}, giờ làm {{startTime}}-{{endTime}} của quý vị trùng với giờ làm {{otherStartTime}}-{{otherEndTime}} với {{otherRecipient}}.',
      howToFix: 'Mỗi lúc quý vị chỉ có thể ở một nơi. Xin sửa giờ bắt đầu hoặc giờ kết thúc để không bị trùng.',
    },
    IMPOSSIBLE_TIME: {
      title: 'Ngày {{date}} quý vị đã nhập {{claimedHours}} từ {{startTime}} đến {{endTime}}, mà khoảng đó chỉ có {{spanHours}}.',
      howToFix: 'Xin sửa giờ bắt đầu, giờ kết thúc hoặc số giờ làm để số giờ nằm gọn trong khoảng đó.',
    },
    MORE_HOURS_THAN_IN_DAY: {
      title: 'Quý vị đã nhập {{claimedHours}} vào ngày {{date}}, nhưng ngày đó chỉ có {{dayHours}}.',
      howToFix: 'Xin kiểm tra số giờ của ngày đó cho tất cả người nhận và sửa lại.',
    },
    FUTURE_TIME: {
      title: 'Quý vị đã nhập giờ cho ngày {{date}}, là ngày chưa đến.',
      howToFix: 'Chỉ nhập giờ sau khi đã làm. Xin xóa giờ này và thêm vào sau ca làm việc.',
    },
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title:
        'Quý vị đã nhập {{travelHours}} đi lại vào ngày {{date}}, nhưng thời gian đi lại chỉ được trả khi quý vị đi thẳng từ người nhận này đến người nhận khác trong cùng ngày.',
      howToFix:
        'Chỉ nhập thời gian đi lại trên bảng chấm công của người nhận mà quý vị đi đến, vào ngày quý vị làm cho cả hai người nhận. Đi từ nhà của quý vị thì không được trả.',
    },
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: 'Quý vị đã xin {{requestedHours}} nghỉ bệnh. Ít nhất phải là 1 giờ.',
      howToFix: 'Xin nghỉ bệnh ít nhất 1 giờ.',
    },
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: 'Quý vị đã xin {{requestedHours}} nghỉ bệnh. Sau giờ đầu tiên, nghỉ bệnh được tính theo từng nửa giờ.',
      howToFix: 'Xin đổi thành số giờ chẵn hoặc nửa giờ, ví dụ 1 giờ 30 phút hoặc 2 giờ.',
    },
    SICK_LEAVE_NOT_EARNED_YET: {
      title: 'Quý vị chưa đủ điều kiện nghỉ bệnh: quý vị đã làm {{workedHours}} trong {{neededHours}} cần có.',
      howToFix: 'Quý vị được nghỉ bệnh sau khi làm đủ 100 giờ. Xin tiếp tục làm việc và quý vị có thể xin sau.',
    },
    SICK_LEAVE_NOT_USABLE_YET: {
      title: 'Quý vị đã có giờ nghỉ bệnh, nhưng chỉ được dùng từ ngày {{usableDate}}.',
      howToFix: 'Xin nghỉ bệnh cho một ngày từ {{usableDate}} trở đi, hoặc sau khi làm thêm 200 giờ, tùy điều nào đến trước.',
    },
    SICK_LEAVE_OVER_BALANCE: {
      title: 'Quý vị đã xin {{requestedHours}} nghỉ bệnh, nhưng chỉ còn {{balanceHours}}.',
      howToFix: 'Xin nghỉ {{balanceHours}} hoặc ít hơn. Giờ nghỉ bệnh chưa dùng sẽ hết hạn vào ngày 30 tháng 6 mỗi năm.',
    },
    SICK_LEAVE_SHORT_NOTICE: {
      title: 'Quý vị đã báo cho người nhận {{noticeHours}} trước ca làm; quy định yêu cầu {{requiredHours}}.',
      howToFix:
        'Lần sau, khi có thể, xin báo cho người nhận trước 48 giờ, hoặc ít nhất 2 giờ trước ca làm nếu khẩn cấp. Việc này không làm quý vị mất tiền nghỉ bệnh.',
    },
    EVV_MISSING_ELEMENT: {
      title: 'Hồ sơ buổi chăm sóc của quý vị thiếu {{element}}.',
      howToFix: 'Xin mở buổi chăm sóc và thêm {{element}} trước khi nộp. Sửa trước khi nộp thì không bị phạt.',
    },
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: 'Giờ về của quý vị ngày {{date}} sớm hơn giờ đến.',
      howToFix: 'Xin sửa giờ đến hoặc giờ về của buổi chăm sóc đó trước khi nộp.',
    },
    EVV_LOCATION_FAR_FROM_HOME: {
      title: 'Lần chấm giờ đến ngày {{date}} của quý vị cách địa chỉ nhà của {{recipient}} khoảng {{distanceMeters}} mét.',
      howToFix:
        'Quý vị không cần làm gì: việc này không bao giờ ngăn quý vị được trả lương. Nếu quý vị đã ở nhà với {{recipient}}, vị trí của điện thoại có thể bị sai khi ở trong nhà. Nếu địa chỉ sai, xin nhờ {{recipient}} cập nhật với nhân viên xã hội.',
    },
    MISSING_RECIPIENT_APPROVAL: {
      title: '{{recipient}} chưa chấp thuận bảng chấm công này.',
      howToFix:
        'Xin sửa và nộp lại bảng chấm công này, rồi nhờ {{recipient}} (hoặc người đại diện của họ) chấp thuận. Quận chỉ trả lương sau khi họ chấp thuận.',
    },
    MISSING_PROVIDER_SIGNATURE: {
      title: 'Bảng chấm công này chưa có chữ ký của quý vị.',
      howToFix: 'Xin ký vào bảng chấm công, hoặc nộp trên mạng, rồi gửi lại.',
    },
    SIGNATURE_DOES_NOT_MATCH: {
      title: 'Một chữ ký trên bảng chấm công này không khớp với chữ ký trong hồ sơ.',
      howToFix: 'Xin gọi văn phòng IHSS của quận. Quý vị có thể phải đến ký một mẫu đơn mới.',
    },
    HOURS_NOT_SUPPORTED_BY_EVV: {
      title: 'Số giờ trên bảng chấm công này không khớp với các lần chấm giờ đến và chấm giờ về của quý vị.',
      howToFix: 'Xin kiểm tra các buổi chăm sóc của những ngày đó, sửa số giờ hoặc sửa buổi chăm sóc, rồi nộp lại.',
    },
    DUPLICATE_CLAIM: {
      title: 'Số giờ này đã được khai trên một bảng chấm công khác.',
      howToFix: 'Đừng khai cùng một số giờ hai lần. Để thay đổi bảng chấm công đã gửi, xin nộp một bản sửa.',
    },
    INCOMPLETE_TIMESHEET: {
      title: 'Bảng chấm công này chưa đầy đủ hoặc khó đọc.',
      howToFix: 'Xin điền rõ ràng mọi ngày và tổng số, ký tên, rồi gửi lại. Dùng trang web hoặc ứng dụng điện thoại sẽ tránh được lỗi này.',
    },
    RECIPIENT_IN_HOSPITAL_OR_FACILITY: {
      title: '{{recipient}} ở trong bệnh viện hoặc cơ sở chăm sóc vào những ngày này.',
      howToFix:
        'Giờ IHSS không được trả cho những ngày người nhận ở trong bệnh viện hoặc cơ sở chăm sóc. Xin bỏ những ngày đó. Nếu ngày sai, xin gọi quận.',
    },
    NO_TRAVEL_AGREEMENT: {
      title: 'Chưa thể trả thời gian đi lại: quận chưa có thỏa thuận đi lại (SOC 2255) của quý vị.',
      howToFix:
        'Xin điền và ký mẫu SOC 2255 rồi gửi cho văn phòng IHSS của quận. Khi mẫu đã có trong hồ sơ, xin sửa và nộp lại bảng chấm công này để được trả thời gian đi lại.',
    },
    DAY_WITHOUT_HOURS: {
      title: 'Ngày {{date}} không có giờ nào: sẽ không được trả lương.',
      howToFix: 'Xin nhập số giờ đã làm, hoặc giờ bắt đầu và giờ kết thúc, cho ngày {{date}}. Nếu quý vị không làm ngày đó, xin xóa các ô của ngày đó.',
    },
  },
  // After a county denial. Each advice follows the rule cited beside it (the code's `source` in reason-codes.ts).
  denied: {
    // ACL 17-76: hours over the recipient's authorized hours are not paid; only the social worker changes them.
    OVER_MONTHLY_AUTHORIZED: {
      title: 'Số giờ này vượt quá số giờ được cho phép của {{recipient}} trong tháng.',
      howToFix:
        'Trong bản sửa, xin giảm số giờ để tháng đó nằm trong số giờ được cho phép của {{recipient}}. Chỉ nhân viên xã hội của {{recipient}} mới thêm giờ được: nếu cần thêm, xin nhờ {{recipient}} gọi cho họ.',
    },
    // ACL 17-76: a provider is paid up to the hours the recipient assigned them.
    OVER_ASSIGNED_HOURS: {
      title: 'Số giờ này vượt quá số giờ {{recipient}} đã giao cho quý vị trong tháng.',
      howToFix:
        'Trong bản sửa, xin giảm số giờ xuống bằng số giờ {{recipient}} đã giao cho quý vị. Nếu cần thêm, xin nhờ {{recipient}} giao thêm giờ cho quý vị trước khi nộp lại.',
    },
    // CDSS overtime exemption page: 90 hours a workweek, all recipients together.
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: 'Trong ít nhất một tuần, số giờ này vượt quá 90 giờ mỗi tuần mà diện miễn trừ của quý vị cho phép.',
      howToFix:
        'Trong bản sửa, xin giữ mỗi tuần ở mức 90 giờ trở xuống cho tất cả người nhận cộng lại. Nếu quý vị nghĩ diện miễn trừ của mình bị ghi sai, xin gọi văn phòng IHSS của quận.',
    },
    // CDSS overtime exemption page: 360 hours a month, all recipients together.
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: 'Số giờ này vượt quá 360 giờ mỗi tháng mà diện miễn trừ của quý vị cho phép.',
      howToFix:
        'Trong bản sửa, xin giữ tháng ở mức 360 giờ trở xuống cho tất cả người nhận cộng lại. Nếu quý vị nghĩ diện miễn trừ của mình bị ghi sai, xin gọi văn phòng IHSS của quận.',
    },
    // LA DPSS timesheet exceptions: the county checks a first half over 70 % before paying; denied, it did not accept the hours.
    OVER_70_PERCENT_FIRST_HALF: {
      title: 'Hơn 70% số giờ trong tháng của {{recipient}} nằm trong ngày 1 đến ngày 15.',
      howToFix:
        'Quận không chấp nhận số giờ này. Trong bản sửa, xin chỉ nhập số giờ quý vị thật sự đã làm mỗi ngày; các lần chấm giờ đến và về sẽ giúp quý vị. Nếu mọi giờ đều đúng, xin gọi văn phòng IHSS của quận trước khi nộp lại.',
    },
    // LA DPSS timesheet exceptions: provider eligibility is kept by the county IHSS office and the Public Authority.
    PROVIDER_NOT_ELIGIBLE: {
      title: 'Quý vị không phải là nhà cung cấp IHSS đang hoạt động vào một số ngày đã khai.',
      howToFix:
        'Trong bản sửa, xin bỏ những ngày quý vị không phải là nhà cung cấp đang hoạt động. Nếu quý vị nghĩ mình hội đủ điều kiện vào những ngày đó, xin gọi văn phòng IHSS của quận hoặc Cơ Quan Công Quyền (Public Authority) trước khi nộp lại.',
    },
    // LA DPSS timesheet exceptions: the recipient's eligibility is their social worker's.
    RECIPIENT_NOT_ELIGIBLE: {
      title: '{{recipient}} không hội đủ điều kiện nhận IHSS vào một số ngày đã khai.',
      howToFix:
        'Trong bản sửa, xin bỏ những ngày {{recipient}} không hội đủ điều kiện. Nếu {{recipient}} nghĩ mình hội đủ điều kiện, xin nhờ họ gọi nhân viên xã hội trước khi quý vị nộp lại.',
    },
    // ACL 17-76: no hours without an assignment to the case on that date; the social worker adds a provider.
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: 'Quý vị không được giao cho hồ sơ của {{recipient}} vào một số ngày đã khai.',
      howToFix:
        'Trong bản sửa, xin bỏ những ngày đó. Nếu quý vị thật sự đã làm cho {{recipient}} vào những ngày đó, xin nhờ họ gọi nhân viên xã hội để thêm quý vị vào hồ sơ cho những ngày đó, rồi nộp lại.',
    },
    // A provider's shifts never overlap (ARCHITECTURE.md).
    OVERLAPPING_TIME: {
      title: 'Một số giờ của quý vị trùng với giờ quý vị đã khai cho người nhận khác.',
      howToFix:
        'Mỗi lúc quý vị chỉ có thể ở một nơi. Trong bản sửa, xin sửa giờ bắt đầu và giờ kết thúc để không trùng với giờ làm cho những người nhận khác.',
    },
    // CDSS EVV help: pay is for the hours entered, which must fit between start and end.
    IMPOSSIBLE_TIME: {
      title: 'Vào một số ngày, số giờ làm không nằm gọn giữa giờ bắt đầu và giờ kết thúc.',
      howToFix: 'Trong bản sửa, xin sửa giờ bắt đầu, giờ kết thúc hoặc số giờ làm để số giờ nằm gọn trong khoảng đó.',
    },
    // A California day has 23, 24 or 25 hours.
    MORE_HOURS_THAN_IN_DAY: {
      title: 'Vào một số ngày, số giờ khai nhiều hơn số giờ của ngày đó.',
      howToFix: 'Trong bản sửa, xin kiểm tra số giờ của những ngày đó cho tất cả người nhận cộng lại và chỉ nhập số giờ quý vị đã làm.',
    },
    // Only time already worked is claimed (SEIU 2015 ESP guide).
    FUTURE_TIME: {
      title: 'Bảng chấm công này khai giờ cho những ngày lúc đó chưa đến.',
      howToFix: 'Trong bản sửa, xin bỏ những giờ quý vị chưa làm lúc gửi. Chỉ nhập những giờ quý vị đã làm.',
    },
    // ACL 16-01; ACIN I-18-19: travel is paid only directly between two recipients on the same day.
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: 'Bảng chấm công này khai thời gian đi lại không phải giữa hai người nhận trong cùng một ngày.',
      howToFix:
        'Trong bản sửa, xin bỏ thời gian đi lại đó. Thời gian đi lại chỉ được trả khi quý vị đi thẳng từ người nhận này đến người nhận khác vào ngày quý vị làm cho cả hai; đi từ nhà của quý vị thì không được trả.',
    },
    // ACL 18-01: at least 1 hour. Sick leave is asked for apart from the timesheet, so the county corrects it.
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: 'Giờ nghỉ bệnh của kỳ trả lương này ít hơn 1 giờ.',
      howToFix:
        'Nghỉ bệnh phải ít nhất 1 giờ. Xin gọi văn phòng IHSS của quận để sửa giờ nghỉ bệnh của kỳ trả lương này, rồi sửa và nộp lại bảng chấm công này.',
    },
    // ACL 18-01: after the first hour, 30-minute steps.
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: 'Giờ nghỉ bệnh của kỳ trả lương này không phải là số giờ chẵn hoặc nửa giờ.',
      howToFix:
        'Sau giờ đầu tiên, nghỉ bệnh được tính theo từng nửa giờ. Xin gọi văn phòng IHSS của quận để sửa giờ nghỉ bệnh của kỳ trả lương này, rồi sửa và nộp lại bảng chấm công này.',
    },
    // ACL 18-01: earned after 100 hours worked.
    SICK_LEAVE_NOT_EARNED_YET: {
      title: 'Giờ nghỉ bệnh của kỳ trả lương này được xin trước khi quý vị đủ điều kiện.',
      howToFix:
        'Quý vị đủ điều kiện nghỉ bệnh sau 100 giờ làm việc. Xin gọi văn phòng IHSS của quận về giờ nghỉ bệnh của kỳ trả lương này, rồi sửa và nộp lại bảng chấm công này.',
    },
    // ACL 18-01: usable after 200 more hours or 60 days, whichever is first.
    SICK_LEAVE_NOT_USABLE_YET: {
      title: 'Giờ nghỉ bệnh của kỳ trả lương này được xin trước khi quý vị được phép dùng.',
      howToFix:
        'Giờ nghỉ bệnh được dùng sau khi làm thêm 200 giờ hoặc 60 ngày sau khi đủ điều kiện, tùy điều nào đến trước. Xin gọi văn phòng IHSS của quận về giờ nghỉ bệnh của kỳ trả lương này, rồi sửa và nộp lại bảng chấm công này.',
    },
    // ACL 18-01; SB 616: no more than the balance.
    SICK_LEAVE_OVER_BALANCE: {
      title: 'Giờ nghỉ bệnh của kỳ trả lương này nhiều hơn số giờ quý vị còn lại.',
      howToFix:
        'Xin gọi văn phòng IHSS của quận để giảm giờ nghỉ bệnh của kỳ trả lương này xuống bằng số giờ quý vị còn lại, rồi sửa và nộp lại bảng chấm công này.',
    },
    // 21st Century Cures Act section 12006: the six elements of a visit.
    EVV_MISSING_ELEMENT: {
      title: 'Một buổi chăm sóc trên bảng chấm công này thiếu thông tin mà hồ sơ EVV cần có.',
      howToFix:
        'Xin mở các buổi chăm sóc của kỳ trả lương này và thêm thông tin còn thiếu, như nơi chăm sóc hoặc giờ bắt đầu và kết thúc. Sau đó sửa và nộp lại bảng chấm công này.',
    },
    // 21st Century Cures Act section 12006: the start and end time of the service.
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: 'Một buổi chăm sóc trên bảng chấm công này có giờ về sớm hơn giờ đến.',
      howToFix: 'Xin sửa giờ đến hoặc giờ về của buổi chăm sóc đó, rồi sửa và nộp lại bảng chấm công này với số giờ quý vị đã làm.',
    },
  },
};
