/**
 * The lists and limits of the contracts that screens use outside any form. The browser build evaluates this module
 * in Node and ships only the values (the `precomputed` plugin, scripts/vite/precomputed.ts): importing them from
 * their contract would bring that contract's zod schemas, and zod, into every page.
 */
export { ACCOUNT_TYPES, COUNTY_STAFF, STAFF_ROLES } from '../contracts/auth';
export { STATEWIDE_HELP_DESK } from '../contracts/counties';
export { ACCURACY_METERS } from '../contracts/evv';
export { DAY_LOCATIONS } from '../contracts/timesheets';
export { QUEUE_PAGE } from '../contracts/claims';
