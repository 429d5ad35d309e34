/** The questions a person may pick for password reset; their wording lives in the web app's i18n files. */
export const SECURITY_QUESTIONS = [
  'first_school',
  'childhood_street',
  'first_pet',
  'mother_birthplace',
  'first_job_city',
  'favorite_teacher',
  'oldest_cousin',
  'childhood_friend',
] as const;
export type SecurityQuestionId = (typeof SECURITY_QUESTIONS)[number];
