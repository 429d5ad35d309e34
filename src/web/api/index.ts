export { api, groupKey, type Answer, type CallInput } from './client';
export { ApiError, lastSessionAnswer, noAnswer, onApiEvent, onSessionRead, type ApiEvent, type FieldIssue } from './transport';
