import type { Role } from '../../contracts/auth.js';

/**
 * Who is asking, as every service sees them: the signed-in person's id, role and county (null for a state admin,
 * and for providers and recipients, whose county comes from their cases). Services decide what they may see and
 * change from this, never from the request's parameters.
 */
export interface Viewer {
  id: number;
  role: Role;
  countyId: number | null;
}
