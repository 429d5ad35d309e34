import type { PluralCategory } from './languages.js';

/**
 * Error and validation messages shared by the server (API answers) and the web app (instant checks).
 * Keys are stable: scripts and the web app look them up. `{{x}}` is filled from the error's params.
 */
export const en = {
  required: 'This field is required.',
  providerIdShape:
    "Use the 9-digit Provider ID from your county's letter, not your Social Security number.",
  caseNumberShape: 'Use the 7-digit case number from your county’s notice.',
  staffUsernameShape: 'Use your staff username: lowercase letters, numbers, dots or dashes, at least 3.',
  lastNameShape: 'Enter your last name as the county recorded it.',
  dateShape: 'Enter a real date as month, day and year.',
  dateOfBirthRange: 'Enter your date of birth; it must be in the past.',
  ssnLast4Shape: 'Enter the last 4 digits of your Social Security number.',
  emailShape: 'Enter an email address like name@example.com.',
  codeShape: 'Enter the 6-digit code from the email.',
  passwordTooShort: 'Use at least {{min}} characters. A few unrelated words make a strong, memorable password.',
  passwordTooLong: 'Use at most {{max}} characters.',
  passwordCommon: 'This password is on a list of common or leaked passwords. Choose a different one.',
  passwordContainsId: 'Your password must not contain your Provider ID, case number or username.',
  passwordsDiffer: 'The two passwords do not match.',
  answerShape: 'Answer each question with 2 to 100 characters.',
  questionsDistinct: 'Choose 3 different questions.',
  invalidCredentials:
    'The ID or password is not right. Check them and try again. If you have not created your account yet, choose “Create your account”.',
  accountLocked:
    'Your account is locked after too many failed sign-in attempts, until {{until}}. To unlock it now, reset your password by email, or call your county help desk at {{phone}}.',
  accountDeactivated: 'This account has been deactivated by the county: {{reason}}. Call your county help desk at {{phone}}.',
  identityNotMatched:
    'We could not match these details to a county record. Check each one against your county’s letter. If they are right, call your county help desk.',
  alreadySetUp: 'This account is already set up. Sign in, or choose “Forgot password?”.',
  codeWrong: 'That code is not right. Tries left: {{remaining}}.',
  codeExpired: 'That code has expired or been used. Ask for a new code.',
  codeTooManyTries: 'Too many wrong codes. Ask for a new code.',
  flowExpired: 'This step has expired. Please start again.',
  answersWrong: 'The answers do not match. Check them and try again, or reset by email.',
  questionsNotAllowed: 'Your county does not use security questions. Reset your password by email.',
  tooManyRequests: 'Too many attempts from this network. Try again in {{seconds}} seconds.',
  signInRequired: 'Please sign in to continue.',
  sessionExpired: 'You were signed out because your session ended. Please sign in again.',
  sessionIsCurrent: 'This is the session you are using. To end it, choose “Sign out”.',
  forbidden: 'You do not have access to this.',
  notFound: 'We could not find that.',
  csrf: 'This page is out of date. Reload the page and try again.',
  badRequest: 'Something in the request is not right. Check the highlighted fields.',
  internal: 'Something went wrong on our side. Your work was not saved. Please try again in a minute.',
  // --- Input the portal cannot take (issue #10) ---
  textControlChar:
    'Remove the hidden character at position {{position}} ({{character}}): it often comes with copied text. Type that part again.',
  textOneLine: 'Write this on one line: remove the line break or tab at position {{position}}.',
  textTooShort: 'Use at least {{min}} characters.',
  textTooLong: 'Use at most {{max}} characters.',
  dateOutOfRange: 'Enter a date from {{min}} to {{max}}.',
  accuracyRange: 'The location accuracy must be 0, or from {{min}} to {{max}} meters.',
  valueNotStorable:
    'A value in this request cannot be saved as written (a character, a number or a date out of range). Nothing was saved. Check what you entered and try again.',
  valueBreaksRule:
    'A value in this request breaks one of the portal’s rules, so nothing was saved. Check what you entered, or reload the page if someone changed it meanwhile.',
  conflictWithRecord:
    'This clashes with what is already recorded, so nothing was saved. It may have been saved already or changed by someone else: reload the page and check before trying again.',
  requestUnreadable: 'The portal could not read this request. Reload the page and try again.',
  requestTooLarge: 'This is too much to send at once (at most {{limitKb}} KB). Make it shorter, or split it, and try again.',
  mediaTypeNotSupported: 'The portal reads requests written as JSON only. Reload the page and try again.',
  addressMalformed: 'This web address is not right. Check it, or go back and follow the link again.',
  // --- Workday (issue #4) ---
  idempotencyKeyShape: 'This request is missing its one-time key. Reload the page and try again.',
  idempotencyKeyReused: 'This one-time key was already used for a different request, so nothing was changed. Reload the page and try again.',
  instantShape: 'Enter a date and time with its time zone.',
  timeShape: 'Enter a time like 09:30 (24-hour clock).',
  monthShape: 'Enter a month written YYYY-MM.',
  minutesShape: 'Enter hours and minutes between 0 and 25 hours.',
  rangeShape: 'The end date must not be before the start date.',
  rangeTooLong: 'Choose at most {{days}} days at a time.',
  locationTypeRequired: 'Choose where the visit is: “Home” or “Community”.',
  correctionReasonShape: 'Say in a few words why you are correcting this visit (3 to 500 characters).',
  correctionNeedsTime: 'Enter the check-in or check-out time to correct.',
  startEndTogether: 'Enter both a start and an end time, or neither.',
  dayListedTwice: 'Each day may be listed only once.',
  preferenceListedTwice: 'Each choice may be listed only once.',
  rejectReasonShape: 'Say why you are rejecting it, in 3 to 500 characters, so it can be fixed.',
  notAssignedToCase:
    'You are not assigned to recipient {{caseNumber}} on {{date}}. If you should be, call your county IHSS office.',
  caseNotActive: 'Case {{caseNumber}} is not active on {{date}}, so time cannot be recorded for it. Call your county IHSS office.',
  evvLiveInExempt:
    'As a live-in provider for this recipient you do not check in and out. Enter your hours directly on your timesheet.',
  evvDiscardOrCorrect: 'Either correct the times or say the visit did not happen, not both.',
  evvCheckOutBeforeCheckIn: 'The check-out time is before the check-in time ({{checkIn}}). Check your phone’s clock, or correct the visit.',
  evvTapInFuture:
    'The time sent is later than now. Check that your phone’s date, time and time zone are set automatically, then try again.',
  timesheetBlocked_one: 'This timesheet cannot be submitted yet: {{count}} problem must be fixed first. It says below what to change.',
  timesheetBlocked: 'This timesheet cannot be submitted yet: {{count}} problems must be fixed first. Each one below says what to change.',
  timesheetReadOnly:
    'This timesheet was submitted and can no longer be changed. To fix a mistake, choose “Correct”: that makes a new version and keeps this one.',
  timesheetEmpty: 'There is no time on this timesheet. Enter the hours you worked before submitting.',
  timesheetVisitsStillScheduled_one:
    '{{count}} visit is still scheduled later in this pay period. Submit now only if that work is done or will go on a later correction.',
  timesheetVisitsStillScheduled:
    '{{count}} visits are still scheduled later in this pay period. Submit now only if that work is done or will go on a later correction.',
  timesheetDayOutsidePeriod: '{{date}} is not in this pay period ({{start}} to {{end}}).',
  timesheetPeriodShape: 'A pay period starts on the 1st or the 16th of a month.',
  timesheetPeriodNotStarted: 'This pay period has not started yet. You can fill in its timesheet from {{start}}.',
  timesheetNotCorrectable: 'Only a submitted timesheet can be corrected; this one is still a draft you can edit.',
  timesheetNotAwaitingDecision: 'This timesheet is not waiting for your decision.',
  timesheetAlreadyDecided: 'This timesheet already has a decision; it cannot be changed. The provider can submit a corrected version.',
  sickLeaveBlocked_one: 'This sick leave claim cannot be sent: {{count}} problem. It says below what to change.',
  sickLeaveBlocked: 'This sick leave claim cannot be sent: {{count}} problems. Each one below says what to change.',
  sickLeaveAlreadyDecided: 'This sick leave claim was already decided.',
  passwordWrong: 'That is not your current password. Enter it to confirm that it is you.',
  emailSameAsCurrent: 'That is already your email address.',
  emailChangeNotPending: 'There is no email change waiting for a code. Start again.',
  phoneShape: 'Enter a 10-digit U.S. phone number, like (555) 010-0199.',
  streetShape: 'Enter the street address.',
  cityShape: 'Enter the city.',
  stateShape: 'Enter the 2-letter state, like CA.',
  zipShape: 'Enter a 5-digit ZIP code.',
  nothingToChange: 'There is nothing to change.',
  visitEndsBeforeStart: 'The visit must end after it starts, on the same day.',
  visitWeekdaysRequired: 'Choose the days of the week the visit repeats on.',
  visitUntilBeforeStart: 'The last day must not be before the first day.',
  visitProviderRequired: 'Choose which of your providers this visit is with.',
  // --- County console, messages and notifications (issue #6) ---
  securityNoticeLocked: 'Security notices (password and contact changes) are always sent. They cannot be switched off.',
  eventStreamOnly: 'This address sends live updates to the portal page; open it with an event stream.',
  numberRange: 'Enter a whole number from {{min}} to {{max}}.',
  deactivateReasonShape: 'Give a reason of 3 to 500 characters. The person will see it if they try to sign in.',
  alreadyDeactivated: 'This account is already deactivated.',
  notDeactivated: 'This account is active; there is nothing to reinstate.',
  cannotChangeOwnAccount: 'You cannot do this to your own account. Ask another administrator.',
  enrolmentStepDate: 'Enter the date this step was completed; it cannot be in the future.',
  enrolmentBeforeBirth: 'This date is before the date of birth. Check it.',
  firstNameShape: 'Enter the first name, 1 to 100 characters.',
  nameShape: 'Enter the name as on the Social Security card, 1 to 100 characters.',
  staffUsernameTaken: 'This username is already in use. Choose another.',
  languagesShape: 'Offer at least one language.',
  helpPhoneShape: 'Enter the help-desk phone number, like (555) 010-0199.',
  subjectShape: 'Write a subject of 1 to 200 characters.',
  messageBodyShape: 'Write a message of 1 to 5,000 characters.',
  messageAsksForPassword:
    'Messages must never ask for a password. Remove the request: the county never needs anyone’s password.',
  audienceEmpty: 'Nobody would receive this message: there are no active providers in this audience.',
  replyNotAllowed: 'You can only reply in a conversation you are part of.',
  ackNotRequired: 'This message does not ask for an acknowledgement.',
  participantRequired: 'Choose which provider this reply is for.',
  caseNumberTaken: 'Case number {{caseNumber}} is already in use. Check the number on the county record.',
  assignmentOverlaps:
    'Provider {{providerId}} is already assigned to this recipient for part of these dates. End or change that assignment first, or choose dates after it ends.',
  providerNotFound: 'No provider has Provider ID {{providerId}}. Check the 9-digit number on the enrolment letter.',
  assignmentNotFound: 'This assignment does not belong to this case.',
  recipientAccountExists: 'This recipient already has a portal account (sign-in: the case number).',
  endBeforeStart: 'The end date must be on or after the start date.',
  wageRateDateTaken: 'There is already a rate from {{date}}. Choose another date.',
  wageRateBeforeSubmitted:
    'Timesheets up to {{periodEnd}} have already been submitted at the earlier rate, so a rate can start on {{earliest}} at the earliest. Back pay for earlier periods is a payroll adjustment.',
  noteShape:
    'Write a note of 3 to 2,000 characters for the provider.',
  denialReasonRequired:
    'Choose at least one reason from the list, each once.',
  claimNotInReview:
    'This timesheet is not waiting for a county decision any more (it is now {{status}}). Reload the queue.',
  claimWrongState:
    'This cannot be done to a timesheet that is {{status}}.',
  payRunDemoOnly:
    'Pay runs are started by the payroll schedule; starting one by hand is only for the demo.',
  settlementFileName:
    'Use a file name of at most 200 characters.',
  settlementFileMissing:
    'Choose the acknowledgement file.',
  settlementFileUnreadable:
    'This file could not be read. Choose the CSV file again.',
  settlementTooLong:
    'The file is too big for one import: split it into files of at most 10,000 payments.',
  settlementHeader:
    'The first line of the file must be exactly “payment_number,paid_on,amount”. Use the acknowledgement file as it came from the State Controller’s Office.',
  settlementEmpty:
    'The file has no payments after its first line.',
  settlementProblems:
    'Nothing was recorded. Lines of the file with a problem: {{count}}, listed below. Fix them, or ask for a corrected file, and record it again.',
  settlementLineShape:
    'Line {{line}}: write a payment number (like P2026-00000012), the date it was paid (YYYY-MM-DD) and the amount (like 1234.56), separated by commas.',
  settlementDuplicate:
    'Line {{line}}: payment {{number}} is also on line {{first}}. Keep one of them.',
  settlementUnknownPayment:
    'Line {{line}}: no payment of your county has the number {{number}}.',
  taxFormNotYet:
    'Your W-2 for {{year}} will be ready on {{date}}, once all of the year’s pay has been issued.',
  settlementAmountDiffers:
    'Line {{line}}: payment {{number}} was issued for {{expected}}, not {{amount}}. Check the amount with the State Controller’s Office.',
  settlementBeforeIssue:
    'Line {{line}}: payment {{number}} was issued on {{issueDate}}, so it cannot have been paid on {{paidOn}}.',
  settlementInFuture:
    'Line {{line}}: {{paidOn}} is after today. Record a payment once it has been paid.',
  settlementPaidOtherDay:
    'Line {{line}}: payment {{number}} is already recorded as paid on {{paidOn}}.',
  settlementBeforeReturn:
    'Line {{line}}: payment {{number}} was returned by the bank on {{returnedOn}}, so its reissued payment cannot have been paid on {{paidOn}}.',
  returnsFileMissing:
    'Choose the returns file.',
  returnsHeader:
    'The first line of the file must be exactly “payment_number,returned_on,amount,reason”. Use the returns file as it came from the State Controller’s Office.',
  returnsEmpty:
    'The file has no returned deposits after its first line.',
  returnsLineShape:
    'Line {{line}}: write a payment number (like P2026-00000012), the date the bank returned it (YYYY-MM-DD), the amount (like 1234.56) and the bank’s return reason code (like R02), separated by commas.',
  returnsUnknownReason:
    'Line {{line}}: {{reason}} is not a reason a bank returns a deposit for. Use one of R02, R03, R04, R14, R15, R16, R17, R20, R23.',
  returnsNotPaid:
    'Line {{line}}: payment {{number}} is not recorded as paid, so the bank cannot have returned it. Record its acknowledgement first.',
  returnsBeforePaid:
    'Line {{line}}: payment {{number}} was paid on {{paidOn}}, so it cannot have been returned on {{returnedOn}}.',
  returnsInFuture:
    'Line {{line}}: {{returnedOn}} is after today. Record a return once the bank has made it.',
  returnsOtherReturn:
    'Line {{line}}: payment {{number}} is already recorded as returned on {{returnedOn}} ({{reason}}).',
  returnReasonR02:
    'Your bank says the account is closed.',
  returnReasonR03:
    'Your bank could not find the account, or the account is not in your name.',
  returnReasonR04:
    'The account number is not a valid account number at your bank.',
  returnReasonR14:
    'Your bank says the representative payee on the account has died or can no longer act for you.',
  returnReasonR15:
    'Your bank says the account holder has died.',
  returnReasonR16:
    'Your bank has frozen the account.',
  returnReasonR17:
    'Your bank could not use the account details the deposit was sent with.',
  returnReasonR20:
    'The account does not accept deposits like this one.',
  returnReasonR23:
    'The deposit was refused by the account holder.',
  returnWhatToDoR02:
    'Enroll an open account for direct deposit: in the IHSS Electronic Services Portal, on form SOC 829, or with the Provider Direct Deposit Help Desk at 1-866-376-7066 (option 2).',
  returnWhatToDoR03:
    'Check the account and routing numbers with your bank, then correct your direct deposit: in the IHSS Electronic Services Portal, on form SOC 829, or with the Provider Direct Deposit Help Desk at 1-866-376-7066 (option 2).',
  returnWhatToDoR04:
    'Check the account number with your bank, then correct your direct deposit: in the IHSS Electronic Services Portal, on form SOC 829, or with the Provider Direct Deposit Help Desk at 1-866-376-7066 (option 2).',
  returnWhatToDoR14:
    'Call your county IHSS office to say who receives your pay now.',
  returnWhatToDoR15:
    'If this is a mistake, call your bank and your county IHSS office now.',
  returnWhatToDoR16:
    'Ask your bank why the account is frozen. To be paid into another account, enroll it for direct deposit: in the IHSS Electronic Services Portal, on form SOC 829, or with the Provider Direct Deposit Help Desk at 1-866-376-7066 (option 2).',
  returnWhatToDoR17:
    'Check the account and routing numbers with your bank, then correct your direct deposit: in the IHSS Electronic Services Portal, on form SOC 829, or with the Provider Direct Deposit Help Desk at 1-866-376-7066 (option 2).',
  returnWhatToDoR20:
    'Ask your bank which account takes payroll deposits, or use a pay card, and enroll it for direct deposit: in the IHSS Electronic Services Portal, on form SOC 829, or with the Provider Direct Deposit Help Desk at 1-866-376-7066 (option 2).',
  returnWhatToDoR23:
    'If you did not refuse it, call your bank. To be paid into another account, enroll it for direct deposit: in the IHSS Electronic Services Portal, on form SOC 829, or with the Provider Direct Deposit Help Desk at 1-866-376-7066 (option 2).',
  returnReissue:
    'Your pay is not lost: the State Controller’s Office pays a returned deposit again, usually as a paper check mailed to your address on file, which can take a few weeks. Make sure your county IHSS office has your current mailing address.',
  providerSuspended:
    'You cannot claim time on {{date}}: after a {{ordinal}} violation your eligibility to work as an IHSS provider is {{consequence}} from {{start}} to {{end}}. Call your county IHSS office if you think this is wrong.',
  violationDisputeClosed:
    'The time to dispute this violation ended on {{deadline}}. Call your county IHSS office.',
  violationAlreadyDisputed:
    'This violation has already been disputed; the county will answer by {{due}}.',
  violationNotDisputed:
    'This violation has no open dispute to decide.',
  trainingNotOffered:
    'The training offer does not apply to this violation, or its deadline has passed.',
  violationOrdinal1: '1st',
  violationOrdinal2: '2nd',
  violationOrdinal3: '3rd',
  violationOrdinal4: '4th',
  providerSuspendedSuspended: 'suspended',
  providerSuspendedEnded: 'ended (ineligible)',
  // --- Second factors (issue #14) ---
  recoveryCodeShape: 'Enter a recovery code: 10 letters and numbers, like 7KQM2-X9D4P.',
  passkeyNameShape: 'Give the passkey a name of 1 to 60 characters, like “My phone”.',
  identityCheckRequired: 'Confirm that the person proved who they are before you reset their second factor.',
  identityCheckShape: 'Write how the person proved who they are, in up to 300 characters.',
  secondFactorRequired: 'Finish signing in: enter a code or use your passkey.',
  secondFactorSetupRequired: 'Set up a second way to sign in before you continue.',
  reauthRequired: 'For your safety, confirm it is you: enter your password or a code again.',
  factorCodeWrong: 'That code is not right. Check it and try again; a code from an app changes every 30 seconds.',
  recoveryCodeWrong: 'That recovery code is not right or has already been used. Each code works once.',
  passkeyNotAccepted: 'That passkey was not accepted. Try again, or choose another way to sign in.',
  lastFactorRequired: 'You must keep at least one second way to sign in. Add another before you remove this one.',
  textCodesUnavailable: 'Text messages cannot be sent right now. Choose another way to sign in.',
  factorAlreadySetUp: 'An authenticator app is already set up. Remove it first to set up another.',
  factorNotSetUp: 'That way to sign in is not set up on this account.',
  // --- Direct deposit (issue #15) ---
  routingNumberShape: 'Enter the 9-digit routing number: the first number printed at the bottom of a check.',
  routingNumberCheck: 'This is not a bank routing number. Check each digit against a check or your bank’s website.',
  accountNumberShape: 'Enter the account number: 4 to 17 digits, with no letters.',
  accountNumbersDiffer: 'The two account numbers do not match. Type the account number again.',
  accountTypeRequired: 'Choose checking or savings.',
  payMethodRequired: 'Choose direct deposit or a paper check.',
  depositChangeNotCancellable: 'This change can no longer be cancelled: its waiting period is over. To be paid another way, make a new change.',
  // --- Payroll terms and withholding (issue #15) ---
  filingStatusRequired: 'Choose a filing status.',
  relationshipRequired: 'Choose how the provider is related to the recipient.',
  dollarsWhole: 'Enter whole dollars from ${{min}} to ${{max}}, without cents.',
  dollarsAndCents: 'Enter an amount from ${{min}} to ${{max}}, like 25 or 25.50.',
  sdiElectionNotFamily: 'Only a child, parent or spouse of the recipient can elect SDI coverage.',
  deductionRateNotFuture: 'Rates apply only to payments not made yet: choose a date from {{earliest}} on.',
} as const;

export type MessageKey = keyof typeof en;

type PluralBase<K> = K extends `${infer Base}_one` ? Base : never;

/**
 * A language's messages: every key of English but its `_one` forms, and the plural forms the language's own rules use
 * (`_one`, `_few`, `_many`...), which messages.test.ts checks per language.
 */
export type MessageCatalogue = Record<Exclude<MessageKey, `${string}_one`>, string> &
  Partial<Record<`${PluralBase<MessageKey>}_${PluralCategory}`, string>>;
