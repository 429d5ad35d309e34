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
  codeWrong: 'That code is not right. You have {{remaining}} tries left.',
  codeExpired: 'That code has expired or been used. Ask for a new code.',
  codeTooManyTries: 'Too many wrong codes. Ask for a new code.',
  flowExpired: 'This step has expired. Please start again.',
  answersWrong: 'The answers do not match. Check them and try again, or reset by email.',
  questionsNotAllowed: 'Your county does not use security questions. Reset your password by email.',
  tooManyRequests: 'Too many attempts from this network. Try again in {{seconds}} seconds.',
  signInRequired: 'Please sign in to continue.',
  sessionExpired: 'You were signed out because your session ended. Please sign in again.',
  forbidden: 'You do not have access to this.',
  notFound: 'We could not find that.',
  csrf: 'This page is out of date. Reload the page and try again.',
  badRequest: 'Something in the request is not right. Check the highlighted fields.',
  internal: 'Something went wrong on our side. Your work was not saved. Please try again in a minute.',
} as const;

export type MessageKey = keyof typeof en;
