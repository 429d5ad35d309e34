export { api, groupKey, type Answer, type CallInput } from './client';
export { ApiError, fetchSession, get, getInBackground, onApiEvent, post, type ApiEvent, type FieldIssue } from './transport';
