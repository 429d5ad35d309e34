/**
 * Electronic visit verification checks (21st Century Cures Act section 12006; DHCS EVV page; CDSS EVV
 * help; UDW).
 *
 * - A visit record must carry six elements: type of service, who received it, the date, the location,
 *   who provided it, and the start and end time.
 * - Location is "home" or "community"; coordinates are kept only for "home", and only those taken at
 *   check-in and check-out. A "community" visit keeps no coordinates at all: the least location the
 *   law needs.
 * - Live-in providers self-certify (SOC 2298) and are exempt.
 * - A location far from the recipient's address is a flag for review, never a reason to withhold pay:
 *   phones inside buildings are often hundreds of meters off, so the flag allows for the accuracy the
 *   phone reported plus a generous margin.
 * - Pay is for the hours entered, not the span between check-in and check-out (CDSS EVV help), so
 *   nothing here computes pay.
 */
import { toCaliforniaDateTime, toEpochMs, type Instant } from './california-time';
import { makeFinding, type Finding } from './findings';

/** The six data elements of a visit record (21st Century Cures Act section 12006). */
export type EvvElement = 'serviceType' | 'recipient' | 'date' | 'location' | 'provider' | 'startAndEndTime';

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

export interface EvvVisit {
  readonly serviceType?: string | undefined;
  readonly recipientId?: string | undefined;
  readonly providerId?: string | undefined;
  readonly checkIn?: Instant | undefined;
  readonly checkOut?: Instant | undefined;
  readonly locationType?: 'home' | 'community' | undefined;
  /** Where the phone was at check-in, with the accuracy it reported. */
  readonly checkInLocation?: (GeoPoint & { readonly accuracyMeters?: number | undefined }) | undefined;
  readonly liveIn?: boolean | undefined;
}

/** Flags start beyond this distance plus the phone's reported accuracy. */
export const FAR_FROM_HOME_METERS = 500;

const EARTH_RADIUS_METERS = 6_371_000;

/** Great-circle distance in meters (haversine). */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface EvvCheck {
  readonly findings: Finding[];
  /** The California date of the visit, from its check-in. */
  readonly date?: string;
  /** The coordinates that may be stored: only for a "home" visit. */
  readonly locationToStore?: GeoPoint;
}

export function missingEvvElements(visit: EvvVisit): EvvElement[] {
  const missing: EvvElement[] = [];
  if (!visit.serviceType) missing.push('serviceType');
  if (!visit.recipientId) missing.push('recipient');
  if (visit.checkIn === undefined) missing.push('date');
  if (visit.locationType === undefined || (visit.locationType === 'home' && !visit.checkInLocation)) missing.push('location');
  if (!visit.providerId) missing.push('provider');
  if (visit.checkIn === undefined || visit.checkOut === undefined) missing.push('startAndEndTime');
  return missing;
}

export function checkEvvVisit(visit: EvvVisit, recipientHome?: GeoPoint): EvvCheck {
  if (visit.liveIn) return { findings: [] };
  const date = visit.checkIn === undefined ? undefined : toCaliforniaDateTime(visit.checkIn).date;
  const place = { date, recipientId: visit.recipientId };
  const findings = missingEvvElements(visit).map((element) => makeFinding('EVV_MISSING_ELEMENT', place, { element }));
  if (date !== undefined && visit.checkOut !== undefined && toEpochMs(visit.checkOut) < toEpochMs(visit.checkIn as Instant)) {
    findings.push(makeFinding('EVV_CHECK_OUT_BEFORE_CHECK_IN', place, { date }));
  }
  const at = visit.locationType === 'home' ? visit.checkInLocation : undefined;
  if (at && recipientHome && date !== undefined) {
    const meters = distanceMeters(at, recipientHome);
    if (meters > FAR_FROM_HOME_METERS + (at.accuracyMeters ?? 0)) {
      findings.push(makeFinding('EVV_LOCATION_FAR_FROM_HOME', place, { date, distanceMeters: Math.round(meters / 10) * 10 }));
    }
  }
  const result: { -readonly [K in keyof EvvCheck]: EvvCheck[K] } = { findings };
  if (date !== undefined) result.date = date;
  if (at) result.locationToStore = { latitude: at.latitude, longitude: at.longitude };
  return result;
}
