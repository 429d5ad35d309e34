/**
 * Electronic visit verification: check-in and check-out taps, sent by the device with its own clock's time and
 * a key of its own, so that a tap queued offline and sent later is recorded once, at the moment it was made.
 */
import { z } from 'zod';
import { caseNumber, isoDate, msg } from './common.js';
import { idempotencyKey, instant, personName } from './cases.js';

export const geoPoint = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accuracyMeters: z.number().min(0).max(100_000).optional(),
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

export const EVV_FLAGS = ['open_past_midnight', 'check_out_without_check_in'] as const;
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
export const evvRecordParams = z.object({ recordId: z.coerce.number().int().positive() });

export const evvCorrectionRequest = z
  .object({
    checkInAt: instant.optional(),
    checkOutAt: instant.optional(),
    reason: z.string(msg('correctionReasonShape')).trim().min(3, msg('correctionReasonShape')).max(500, msg('correctionReasonShape')),
  })
  .refine((r) => r.checkInAt !== undefined || r.checkOutAt !== undefined, { message: 'correctionNeedsTime', path: ['checkOutAt'] });
export type EvvCorrectionRequest = z.infer<typeof evvCorrectionRequest>;
