/**
 * The claims queries of the provider's screens. Everything under CLAIMS_KEY shows a claim's status: the Claims list
 * (each filter its own entry) and each claim's timeline, so a change of status invalidates CLAIMS_KEY.
 */
export const CLAIMS_KEY = ['claims'] as const;
export const claimListKey = (query: string) => [...CLAIMS_KEY, 'list', query] as const;
export const timelineKey = (id: string | number) => [...CLAIMS_KEY, 'timeline', String(id)] as const;
