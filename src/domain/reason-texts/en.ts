import type { LanguagePack } from './types';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const en: LanguagePack = {
  locale: 'en-US',
  name: 'English',
  formatDuration(minutes) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return plural(m, 'minute', 'minutes');
    if (m === 0) return plural(h, 'hour', 'hours');
    return `${plural(h, 'hour', 'hours')} ${plural(m, 'minute', 'minutes')}`;
  },
  evvElements: {
    serviceType: 'the type of service',
    recipient: 'who received the care',
    date: 'the date',
    location: 'the location (home or community)',
    provider: 'who gave the care',
    startAndEndTime: 'the start and end time',
  },
  reasons: {
    OVER_MONTHLY_AUTHORIZED: {
      title: "These hours go over {{recipient}}'s authorized hours for {{month}}.",
      howToFix:
        '{{recipient}} has {{remainingHours}} left this month. Lower your hours so they fit, or ask {{recipient}} to call their social worker if they need more hours.',
    },
    OVER_ASSIGNED_HOURS: {
      title: '{{recipient}} gave you {{assignedHours}} for {{month}}, and these hours go over that.',
      howToFix:
        'You have {{remainingHours}} left with {{recipient}} this month. Lower your hours, or ask {{recipient}} to give you more of their hours before you submit.',
    },
    OVER_WEEKLY_MAXIMUM: {
      title: "You worked {{workedHours}} for {{recipient}} in the week of {{week}}, more than their weekly hours ({{weeklyMaximumHours}}).",
      howToFix:
        "This is allowed if {{recipient}} wants it, as long as the month's total stays within their hours. Those hours come out of other weeks of the month, so plan for fewer hours later.",
    },
    OVER_66_HOURS: {
      title: 'You worked {{workedHours}} in the week of {{week}}. With more than one recipient, the limit is 66 hours a week.',
      howToFix:
        'Check the hours of this week for all your recipients together and keep them at 66 or less. Travel time does not count toward the 66 hours. If you really worked these hours, call your county IHSS office: time you worked is paid, and the county records a violation.',
    },
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: 'You entered {{workedHours}} in the week of {{week}}. Your exemption allows up to 90 hours a week.',
      howToFix: 'Lower your hours for this week to 90 or less. Call your county IHSS office if you think this is wrong.',
    },
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: 'You entered {{workedHours}} in {{month}}. Your exemption allows up to 360 hours a month.',
      howToFix: 'Lower your hours for this month to 360 or less. Call your county IHSS office if you think this is wrong.',
    },
    OVER_TRAVEL_LIMIT: {
      title: 'You entered {{travelHours}} of travel in the week of {{week}}. Travel is paid up to 7 hours a week.',
      howToFix:
        'You will be paid for it, but more than 7 hours of travel in a week counts as a violation. Plan your visits so travel stays at 7 hours a week or less.',
    },
    OVERTIME_WITHOUT_COUNTY_EXCEPTION: {
      title: 'You worked {{workedHours}} for {{recipient}} in the week of {{week}}. Their case allows {{weeklyMaximumHours}} a week, so overtime needs county approval first.',
      howToFix:
        'You will be paid for the time you worked, but this counts as a violation. Keep your week with {{recipient}} at 40 hours or less, or ask {{recipient}} to request an exception from their social worker before you work overtime.',
    },
    OVER_USUAL_MONTHLY_OVERTIME: {
      title: 'You have {{overtimeHours}} of overtime in {{month}}, more than the {{usualOvertimeHours}} your recipients\' hours normally give.',
      howToFix:
        'You will be paid for the time you worked, but this counts as a violation unless the county approved it. Spread your hours more evenly over the weeks, or ask your recipient to request an exception from their social worker.',
    },
    OVER_70_PERCENT_FIRST_HALF: {
      title: "You entered {{firstHalfHours}} for {{recipient}} from the 1st to the 15th: more than 70% of the month's {{monthlyHours}}.",
      howToFix:
        'The county will review this timesheet before it is paid. Check that the dates and hours are right. If they are, you do not need to do anything else.',
    },
    PROVIDER_NOT_ELIGIBLE: {
      title: 'You were not an active IHSS provider on {{date}}.',
      howToFix:
        'The county will review this before paying it. Check the date. If you think you were eligible that day, call your county IHSS office or Public Authority.',
    },
    RANDOM_HOLD: {
      title: 'This timesheet was picked at random for the county’s signature check.',
      howToFix:
        'You do not need to do anything. Being picked does not mean anything is wrong: the county compares the signatures and your check-ins, then approves it or tells you what to fix.',
    },
    RECIPIENT_NOT_ELIGIBLE: {
      title: '{{recipient}} was not eligible for IHSS on {{date}}.',
      howToFix:
        'The county will review this before paying it. Check the date. Ask {{recipient}} to call their social worker if they think they were eligible.',
    },
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: 'You were not working for {{recipient}} on {{date}}, according to the county.',
      howToFix:
        'Check the date and the recipient. If you did work for {{recipient}} that day, ask them to call their social worker to add you to their case for that date.',
    },
    OVERLAPPING_TIME: {
      title: 'On {{date}}, your time {{startTime}}-{{endTime}} overlaps your time {{otherStartTime}}-{{otherEndTime}} with {{otherRecipient}}.',
      howToFix: 'You can only be in one place at a time. Correct the start or end times so they do not overlap.',
    },
    IMPOSSIBLE_TIME: {
      title: 'On {{date}} you entered {{claimedHours}} between {{startTime}} and {{endTime}}, which is only {{spanHours}}.',
      howToFix: 'Correct the start time, the end time or the hours worked so the hours fit between them.',
    },
    MORE_HOURS_THAN_IN_DAY: {
      title: 'You entered {{claimedHours}} on {{date}}, but that day has only {{dayHours}}.',
      howToFix: 'Check the hours for that day for all your recipients and correct them.',
    },
    FUTURE_TIME: {
      title: 'You entered time for {{date}}, which has not happened yet.',
      howToFix: 'Enter time only after you have worked it. Remove this time and add it after your shift.',
    },
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: 'You entered {{travelHours}} of travel on {{date}}, but travel is paid only when you go straight from one recipient to another the same day.',
      howToFix:
        'Enter travel only on the timesheet of the recipient you travelled to, on a day you worked for both recipients. Travel from your home is not paid.',
    },
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: 'You asked for {{requestedHours}} of sick leave. The smallest amount is 1 hour.',
      howToFix: 'Ask for at least 1 hour of sick leave.',
    },
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: 'You asked for {{requestedHours}} of sick leave. After the first hour, sick leave is taken in half hours.',
      howToFix: 'Change the amount to a whole or half hour, for example 1 hour 30 minutes or 2 hours.',
    },
    SICK_LEAVE_NOT_EARNED_YET: {
      title: 'You have not earned sick leave yet: you have worked {{workedHours}} of the {{neededHours}} needed.',
      howToFix: 'You earn sick leave after working 100 hours. Keep working and you can ask for it later.',
    },
    SICK_LEAVE_NOT_USABLE_YET: {
      title: 'You have earned sick leave, but you can use it only from {{usableDate}}.',
      howToFix: 'Ask for sick leave for a day on or after {{usableDate}}, or after you work 200 more hours, if that comes first.',
    },
    SICK_LEAVE_OVER_BALANCE: {
      title: 'You asked for {{requestedHours}} of sick leave, but you have {{balanceHours}} left.',
      howToFix: 'Ask for {{balanceHours}} or less. Unused sick leave ends on June 30 each year.',
    },
    SICK_LEAVE_SHORT_NOTICE: {
      title: 'You told your recipient {{noticeHours}} before your shift; the rule asks for {{requiredHours}}.',
      howToFix:
        'Next time, tell your recipient 48 hours ahead when you can, or at least 2 hours before your shift in an emergency. This does not stop your sick leave from being paid.',
    },
    EVV_MISSING_ELEMENT: {
      title: 'Your visit record is missing {{element}}.',
      howToFix: 'Open the visit and add {{element}} before you submit. Fixing it before you submit has no penalty.',
    },
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: 'Your check-out on {{date}} is before your check-in.',
      howToFix: 'Correct the check-in or check-out time of that visit before you submit.',
    },
    EVV_LOCATION_FAR_FROM_HOME: {
      title: "Your check-in on {{date}} was about {{distanceMeters}} meters from {{recipient}}'s home address.",
      howToFix:
        'You do not need to do anything: this never stops your pay. If you were with {{recipient}} at home, phone location can be off inside buildings. If the address is wrong, ask {{recipient}} to update it with their social worker.',
    },
    MISSING_RECIPIENT_APPROVAL: {
      title: '{{recipient}} has not approved this timesheet.',
      howToFix: 'Correct and resubmit this timesheet, then ask {{recipient}} (or their representative) to approve it. The county pays it only after they approve.',
    },
    MISSING_PROVIDER_SIGNATURE: {
      title: 'This timesheet is not signed by you.',
      howToFix: 'Sign the timesheet, or submit it online, and send it again.',
    },
    SIGNATURE_DOES_NOT_MATCH: {
      title: 'A signature on this timesheet does not match the one on file.',
      howToFix: 'Call your county IHSS office. You may need to sign a new form in person.',
    },
    HOURS_NOT_SUPPORTED_BY_EVV: {
      title: 'The hours on this timesheet do not match your check-ins and check-outs.',
      howToFix: 'Check your visits for the days in question, correct the hours or the visits, and submit again.',
    },
    DUPLICATE_CLAIM: {
      title: 'These hours were already claimed on another timesheet.',
      howToFix: 'Do not claim the same hours twice. To change a timesheet you already sent, submit a correction instead.',
    },
    INCOMPLETE_TIMESHEET: {
      title: 'This timesheet is incomplete or hard to read.',
      howToFix: 'Fill in every day and total clearly, sign it, and send it again. Using the website or phone app avoids this.',
    },
    RECIPIENT_IN_HOSPITAL_OR_FACILITY: {
      title: '{{recipient}} was in a hospital or care facility on these days.',
      howToFix: 'IHSS hours cannot be paid for days the recipient was in a hospital or facility. Remove those days. Call your county if the dates are wrong.',
    },
    NO_TRAVEL_AGREEMENT: {
      title: 'Travel time cannot be paid yet: the county has no travel agreement (SOC 2255) from you.',
      howToFix:
        'Fill in and sign the SOC 2255 form and send it to your county IHSS office. Once it is on file, correct and resubmit this timesheet so your travel is paid.',
    },
    DAY_WITHOUT_HOURS: {
      title: '{{date}} has no hours: it would not be paid.',
      howToFix: 'Enter the hours worked, or a start and end time, for {{date}}. If you did not work that day, clear its fields.',
    },
  },
  // After a county denial. Each advice follows the rule cited beside it (the code's `source` in reason-codes.ts).
  denied: {
    // ACL 17-76: hours over the recipient's authorized hours are not paid; only the social worker changes them.
    OVER_MONTHLY_AUTHORIZED: {
      title: "These hours go over {{recipient}}'s authorized hours for the month.",
      howToFix:
        "In the corrected version, lower your hours so the month stays within {{recipient}}'s authorized hours. Only {{recipient}}'s social worker can add hours: ask {{recipient}} to call them if they need more.",
    },
    // ACL 17-76: a provider is paid up to the hours the recipient assigned them.
    OVER_ASSIGNED_HOURS: {
      title: 'These hours go over the hours {{recipient}} assigned you for the month.',
      howToFix:
        'In the corrected version, lower your hours to the hours {{recipient}} assigned you. If you need more, ask {{recipient}} to assign you more of their hours before you resubmit.',
    },
    // CDSS overtime exemption page: 90 hours a workweek, all recipients together.
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: 'In at least one week, these hours go over the 90 hours a week your exemption allows.',
      howToFix:
        'In the corrected version, keep every week at 90 hours or less for all your recipients together. If you think your exemption is wrong, call your county IHSS office.',
    },
    // CDSS overtime exemption page: 360 hours a month, all recipients together.
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: 'These hours go over the 360 hours a month your exemption allows.',
      howToFix:
        'In the corrected version, keep the month at 360 hours or less for all your recipients together. If you think your exemption is wrong, call your county IHSS office.',
    },
    // LA DPSS timesheet exceptions: the county checks a first half over 70 % before paying; denied, it did not accept the hours.
    OVER_70_PERCENT_FIRST_HALF: {
      title: "More than 70% of {{recipient}}'s hours for the month are on the 1st to the 15th.",
      howToFix:
        'The county did not accept these hours. In the corrected version, enter only the hours you really worked on each day; your check-ins and check-outs help. If every hour is right, call your county IHSS office before you resubmit.',
    },
    // LA DPSS timesheet exceptions: provider eligibility is kept by the county IHSS office and the Public Authority.
    PROVIDER_NOT_ELIGIBLE: {
      title: 'You were not an active IHSS provider on some of the days claimed.',
      howToFix:
        'In the corrected version, remove the days you were not an active provider. If you think you were eligible on those days, call your county IHSS office or Public Authority before you resubmit.',
    },
    // LA DPSS timesheet exceptions: the recipient's eligibility is their social worker's.
    RECIPIENT_NOT_ELIGIBLE: {
      title: '{{recipient}} was not eligible for IHSS on some of the days claimed.',
      howToFix:
        'In the corrected version, remove the days {{recipient}} was not eligible. If {{recipient}} thinks they were eligible, ask them to call their social worker before you resubmit.',
    },
    // ACL 17-76: no hours without an assignment to the case on that date; the social worker adds a provider.
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: "You were not assigned to {{recipient}}'s case on some of the days claimed.",
      howToFix:
        'In the corrected version, remove those days. If you did work for {{recipient}} then, ask them to call their social worker to add you to their case for those dates, then resubmit.',
    },
    // A provider's shifts never overlap (ARCHITECTURE.md).
    OVERLAPPING_TIME: {
      title: 'Some of your hours overlap with hours you claimed for another recipient.',
      howToFix:
        'You can only be in one place at a time. In the corrected version, fix the start and end times so they do not overlap your time with your other recipients.',
    },
    // CDSS EVV help: pay is for the hours entered, which must fit between start and end.
    IMPOSSIBLE_TIME: {
      title: 'On some days, the hours worked do not fit between the start and end time.',
      howToFix: 'In the corrected version, fix the start time, the end time or the hours worked so the hours fit between them.',
    },
    // A California day has 23, 24 or 25 hours.
    MORE_HOURS_THAN_IN_DAY: {
      title: 'On some days, the hours claimed are more than the day has.',
      howToFix: "In the corrected version, check those days' hours for all your recipients together and enter only the hours you worked.",
    },
    // Only time already worked is claimed (SEIU 2015 ESP guide).
    FUTURE_TIME: {
      title: 'This timesheet claims time on days that had not happened yet.',
      howToFix: 'In the corrected version, remove the time you had not worked yet when you sent it. Enter only time you have already worked.',
    },
    // ACL 16-01; ACIN I-18-19: travel is paid only directly between two recipients on the same day.
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: 'This timesheet claims travel that is not between two recipients on the same day.',
      howToFix:
        'In the corrected version, remove that travel. Travel is paid only when you go straight from one recipient to another on a day you work for both; travel from your home is not paid.',
    },
    // ACL 18-01: at least 1 hour. Sick leave is asked for apart from the timesheet, so the county corrects it.
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: 'Sick leave for this pay period is less than 1 hour.',
      howToFix:
        'Sick leave is taken in at least 1 hour. Call your county IHSS office to correct the sick leave of this pay period, then correct and resubmit this timesheet.',
    },
    // ACL 18-01: after the first hour, 30-minute steps.
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: 'Sick leave for this pay period is not in whole or half hours.',
      howToFix:
        'After the first hour, sick leave is taken in half hours. Call your county IHSS office to correct the sick leave of this pay period, then correct and resubmit this timesheet.',
    },
    // ACL 18-01: earned after 100 hours worked.
    SICK_LEAVE_NOT_EARNED_YET: {
      title: 'Sick leave for this pay period was asked for before you had earned it.',
      howToFix:
        'Sick leave is earned after 100 hours of work. Call your county IHSS office about the sick leave of this pay period, then correct and resubmit this timesheet.',
    },
    // ACL 18-01: usable after 200 more hours or 60 days, whichever is first.
    SICK_LEAVE_NOT_USABLE_YET: {
      title: 'Sick leave for this pay period was asked for before you could use it.',
      howToFix:
        'Sick leave can be used after 200 more hours of work or 60 days after you earn it, whichever comes first. Call your county IHSS office about the sick leave of this pay period, then correct and resubmit this timesheet.',
    },
    // ACL 18-01; SB 616: no more than the balance.
    SICK_LEAVE_OVER_BALANCE: {
      title: 'Sick leave for this pay period is more than you had left.',
      howToFix:
        'Call your county IHSS office to lower the sick leave of this pay period to what you have left, then correct and resubmit this timesheet.',
    },
    // 21st Century Cures Act section 12006: the six elements of a visit.
    EVV_MISSING_ELEMENT: {
      title: 'A visit of this timesheet is missing information its EVV record needs.',
      howToFix:
        'Open your visits of this pay period and add what is missing, such as the place or the start and end time. Then correct and resubmit this timesheet.',
    },
    // 21st Century Cures Act section 12006: the start and end time of the service.
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: 'A visit of this timesheet has its check-out before its check-in.',
      howToFix: 'Correct the check-in or check-out time of that visit, then correct and resubmit this timesheet with the hours you worked.',
    },
  },
};
