import type { CheckInRequest } from '../../contracts/evv';
import { ACCURACY_METERS } from '../contract-constants';

/** How long the phone may take to find itself once allowed; the check-in never waits longer. */
const FIX_TIMEOUT_MS = 10_000;
/** A permission prompt left unanswered does not count against the fix timeout, so this bounds the whole wait. */
const OVERALL_TIMEOUT_MS = 20_000;

type LocationAnswer = Pick<CheckInRequest, 'locationStatus' | 'location'>;

/**
 * Asks the browser for the location once. Refusing, having no fix or no geolocation at all is recorded as
 * such and never stops the check-in.
 */
export function askLocation(geolocation: Geolocation | undefined = navigator.geolocation): Promise<LocationAnswer> {
  if (!geolocation) return Promise.resolve({ locationStatus: 'unavailable' });
  return new Promise((resolve) => {
    const giveUp = setTimeout(() => resolve({ locationStatus: 'unavailable' }), OVERALL_TIMEOUT_MS);
    geolocation.getCurrentPosition(
      (position) => {
        clearTimeout(giveUp);
        resolve({
          locationStatus: 'captured',
          location: {
            latitude: position.coords.latitude,
            longitude: position.coords.longitude,
            // To the centimetre, within the contract's range (ACCURACY_METERS): its column cannot hold a sliver above 0.
            accuracyMeters: Math.round(Math.min(ACCURACY_METERS.max, Math.max(0, position.coords.accuracy)) * 100) / 100,
          },
        });
      },
      (error) => {
        clearTimeout(giveUp);
        resolve({ locationStatus: error.code === error.PERMISSION_DENIED ? 'refused' : 'unavailable' });
      },
      { enableHighAccuracy: true, timeout: FIX_TIMEOUT_MS, maximumAge: 60_000 },
    );
  });
}
