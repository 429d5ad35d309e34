import type { Role } from '../contracts/auth';
import { STAFF_ROLES } from './contract-constants';

/** County and State staff, who work in the county console. */
export const isStaffRole = (role: Role) => (STAFF_ROLES as readonly Role[]).includes(role);
