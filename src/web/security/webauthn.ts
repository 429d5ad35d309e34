import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import { ApiError } from '../api';

/** A challenge from the server (contracts/second-factors.ts, ceremonyOptions). */
interface Ceremony {
  challengeId: number;
  options: Record<string, unknown>;
}

/** The browser's WebAuthn helper, downloaded only when someone adds or uses a passkey (the page-weight budget). */
const webauthn = () => import('@simplewebauthn/browser');

/** Whether this browser can make or use passkeys at all. */
export const browserHasPasskeys = () => typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';

/** The browser's extension results, as the contract's plain record. */
const plain = (results: object): Record<string, unknown> => ({ ...results });

/**
 * Adds a passkey on this device: the server's options, then the browser's own dialog (face, fingerprint, screen lock or
 * a security key). If the device says no (the person cancelled, or it has no way to make one), the error says `failed`.
 */
export async function makePasskey(start: () => Promise<Ceremony>, failed: string): Promise<{ challengeId: number; response: RegistrationResponseJSON & { clientExtensionResults: Record<string, unknown> } }> {
  const [{ challengeId, options }, { startRegistration }] = await Promise.all([start(), webauthn()]);
  try {
    const response = await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
    return { challengeId, response: { ...response, clientExtensionResults: plain(response.clientExtensionResults) } };
  } catch (error) {
    console.warn(error);
    throw new ApiError(0, 'passkeyNotAdded', failed);
  }
}

/** Uses one of the account's passkeys to answer a challenge; the device's refusal is "passkeyNotAccepted". */
export async function passkeyAnswer(start: () => Promise<Ceremony>): Promise<{ challengeId: number; response: AuthenticationResponseJSON & { clientExtensionResults: Record<string, unknown> } }> {
  const [{ challengeId, options }, { startAuthentication }] = await Promise.all([start(), webauthn()]);
  try {
    const response = await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
    return { challengeId, response: { ...response, clientExtensionResults: plain(response.clientExtensionResults) } };
  } catch (error) {
    console.warn(error);
    throw new ApiError(0, 'passkeyNotAccepted', 'passkeyNotAccepted');
  }
}
