import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { ApiError } from '../api';

/** Whether this browser can use a passkey at all: without WebAuthn no passkey button is shown. */
export const passkeysSupported = () => typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';

/**
 * Why a passkey ceremony ended without signing in: `cancelled` (the person closed the prompt, or it timed out),
 * `failed` (the browser or the device could not do it), or the server's refusal.
 */
export type PasskeyProblem = { kind: 'cancelled' } | { kind: 'failed' } | { kind: 'refused'; error: ApiError };

/**
 * Asks the server for a challenge, has the browser's passkey answer it, and hands the answer back to the server.
 * `@simplewebauthn/browser` is downloaded only here, when someone taps a passkey button: the sign-in page stays
 * within its 100 KB (issue #13).
 */
export async function passkeyCeremony<T>(
  challenge: () => Promise<{ challengeId: number; options: Record<string, unknown> }>,
  answer: (body: { challengeId: number; response: PasskeyResponse }) => Promise<T>,
): Promise<T> {
  const [{ startAuthentication }, { challengeId, options }] = await Promise.all([import('@simplewebauthn/browser'), challenge()]);
  const response = await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
  return answer({ challengeId, response: { ...response, clientExtensionResults: { ...response.clientExtensionResults } } });
}

/** The browser's answer as the contract takes it (passkeyAuthenticationResponse): its extension results a plain record. */
type PasskeyResponse = Omit<AuthenticationResponseJSON, 'clientExtensionResults'> & { clientExtensionResults: Record<string, unknown> };

/** What went wrong with a ceremony, for the person: a refusal is the server's words, the rest the browser's. */
export function passkeyProblemOf(error: unknown): PasskeyProblem {
  if (error instanceof ApiError) return { kind: 'refused', error };
  // The prompt was closed or timed out (NotAllowedError), or another ceremony replaced it (AbortError).
  const name = error instanceof Error ? error.name : '';
  return name === 'NotAllowedError' || name === 'AbortError' ? { kind: 'cancelled' } : { kind: 'failed' };
}
