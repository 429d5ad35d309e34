import type { z } from 'zod';
import type { evvState } from '../../contracts/evv';

/** The query cache's key of GET /api/evv/state, which the sender updates with each answer. */
export const EVV_STATE_KEY = ['evv', 'state'] as const;
export type EvvStateData = z.infer<typeof evvState>;
