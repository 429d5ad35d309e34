import { describe, expect, it } from 'vitest';
import { ASKS_FOR_PASSWORD, composeMessageRequest } from './messaging.js';

describe('county messages', () => {
  it('recognises a request for a password, in English and Spanish', () => {
    for (const text of ['Please reply with your password.', 'Send us your passcode today', 'Envíe su contraseña a esta dirección', 'What is your password?']) {
      expect(ASKS_FOR_PASSWORD.test(text), text).toBe(true);
    }
  });

  it('lets through a message that only mentions passwords', () => {
    for (const text of ['The county will never ask for your password.', 'If you forgot your password, choose "Forgot password?" on the sign-in page.', 'Nunca le pediremos su contraseña.']) {
      expect(ASKS_FOR_PASSWORD.test(text), text).toBe(false);
    }
  });

  it('needs a provider ID for one provider and a case number for a recipient\'s providers', () => {
    expect(composeMessageRequest.safeParse({ audience: 'one', subject: 's', body: 'b' }).success).toBe(false);
    expect(composeMessageRequest.safeParse({ audience: 'recipient_providers', caseNumber: '900-0001', subject: 's', body: 'b' }).success).toBe(true);
    expect(composeMessageRequest.parse({ audience: 'county', subject: ' s ', body: 'b' })).toEqual({ audience: 'county', subject: 's', body: 'b', requiresAck: false });
  });
});
