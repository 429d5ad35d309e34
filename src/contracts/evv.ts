/**
 * Electronic visit verification: check-in and check-out taps, sent by the device with its own clock's time and
 * a key of its own, so that a tap queued offline and sent later is recorded once, at the moment it was made.
 */
import { z } from 'zod';
import { caseNumber, idParam, isoDate, msg, text } from './common.js';
import { endpoint } from './endpoint.js';
import { idempotencyKey, instant, personName } from './cases.js';

/**
 * The accuracy is kept in a `real` column, which cannot hold what lies between 0 and about 1e-38 (5e-324 is refused
 * with SQLSTATE 22003): 0, or a centimetre and up. The latitude and longitude are `double precision`, which holds
 * any finite number.
 */
export const ACCURACY_METERS = { min: 0.01, max: 100_000 } as const;
export const geoPoint = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accuracyMeters: z
    .number()
    .min(0)
    .max(ACCURACY_METERS.max)
    .refine((m) => m === 0 || m >= ACCURACY_METERS.min, { message: 'accuracyRange', params: ACCURACY_METERS })
    .optional(),
});

/** What became of the browser's location request: given, refused by the person, or no fix. Never blocks. */
export const LOCATION_OUTCOMES = ['captured', 'refused', 'unavailable'] as const;

export const checkInRequest = z
  .object({
    idempotencyKey,
    caseNumber,
    tappedAt: instant.describe("The device's time of the tap"),
    locationType: z.enum(['home', 'community'], msg('locationTypeRequired')),
    locationStatus: z.enum(LOCATION_OUTCOMES).optional().describe('For "home": what the location request gave'),
    location: geoPoint.optional().describe('For "home" only, and only when captured; ignored otherwise'),
  })
  .describe('Check in: "Home" asks for the location once; "Community" never does');
export type CheckInRequest = z.infer<typeof checkInRequest>;

export const checkOutRequest = z.object({
  idempotencyKey,
  caseNumber,
  tappedAt: instant,
  locationStatus: z.enum(LOCATION_OUTCOMES).optional(),
  location: geoPoint.optional(),
});
export type CheckOutRequest = z.infer<typeof checkOutRequest>;

/**
 * What a visit needs the provider's word on: left open past midnight, a check-out alone, a check-in left open by a
 * later check-in of the same case, or times that overlap another visit (never refused: see evv/service.ts).
 */
export const EVV_FLAGS = ['open_past_midnight', 'check_out_without_check_in', 'missing_check_out', 'overlaps_another_visit'] as const;
export type EvvFlag = (typeof EVV_FLAGS)[number];

export const evvRecordView = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  recipient: personName,
  serviceType: z.string(),
  date: isoDate.describe('California date of the visit'),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  locationType: z.enum(['home', 'community']),
  locationStatus: z.enum(['captured', 'refused', 'unavailable', 'not_required']),
  captureMethod: z.enum(['web', 'phone']),
  farFromHome: z.boolean().describe('Flagged for county review; never withholds pay'),
  edit: z.object({ at: z.string(), reason: z.string(), byProvider: z.boolean() }).nullable(),
  discarded: z.boolean().describe('The provider said it was not a visit: left out of timesheets; its taps are kept'),
  overlapsWith: z.array(z.number().int()).describe('Ids of the other visits whose times overlap this one'),
  flags: z.array(z.enum(EVV_FLAGS)).describe('Problems the provider should fix with a correction'),
});
export type EvvRecordView = z.infer<typeof evvRecordView>;

export const evvState = z.object({
  open: evvRecordView.nullable().describe('The check-in waiting for its check-out'),
  needsFix: z.array(evvRecordView),
  exemptCases: z.array(z.string()).describe('Case numbers where this provider is live-in and does not check in'),
});

export const evvListQuery = z.object({ from: isoDate, to: isoDate });
export const evvList = z.object({ records: z.array(evvRecordView) });
export const evvRecordParams = z.object({ recordId: idParam });

export const evvCorrectionRequest = z
  .object({
    checkInAt: instant.optional(),
    checkOutAt: instant.optional(),
    reason: text({ min: 3, max: 500, message: 'correctionReasonShape' }),
    discard: z.literal(true).optional().describe('Instead of times: this was not a visit (its taps are kept)'),
    idempotencyKey: idempotencyKey.optional().describe('A retry with the same key answers the same'),
  })
  .refine((r) => r.discard || r.checkInAt !== undefined || r.checkOutAt !== undefined, { message: 'correctionNeedsTime', path: ['checkOutAt'] })
  .refine((r) => !r.discard || (r.checkInAt === undefined && r.checkOutAt === undefined), { message: 'evvDiscardOrCorrect', path: ['discard'] });
export type EvvCorrectionRequest = z.infer<typeof evvCorrectionRequest>;

export const evvEndpoints = {
  checkIn: endpoint({
    method: 'POST',
    path: '/api/evv/check-in',
    access: ['provider'],
    summary: "Check in. Every tap is kept; visits follow the taps' own times. Idempotent: a retry (or a concurrent twin) with the same key answers with its visit; the key reused for another request is a 422",
    body: checkInRequest,
    answer: evvRecordView,
  }),
  checkOut: endpoint({
    method: 'POST',
    path: '/api/evv/check-out',
    access: ['provider'],
    summary: "Check out: ends the visit of the case's check-in right before it in tap time, or is kept alone and flagged. Idempotent like check-in",
    body: checkOutRequest,
    answer: evvRecordView,
  }),
  state: endpoint({ method: 'GET', path: '/api/evv/state', access: ['provider'], summary: 'The open check-in (the latest), visits to fix, and live-in (exempt) cases', answer: evvState }),
  records: endpoint({ method: 'GET', path: '/api/evv/records', access: ['provider'], summary: "The provider's EVV records for California dates [from, to]", query: evvListQuery, answer: evvList }),
  correct: endpoint({
    method: 'POST',
    path: '/api/evv/records/:recordId/correct',
    access: ['provider'],
    summary: "Correct a visit's times, or say it was not a visit, with a reason (audited; idempotent with a key)",
    params: evvRecordParams,
    body: evvCorrectionRequest,
    answer: evvRecordView,
  }),
};
