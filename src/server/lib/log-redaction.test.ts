import { describe, expect, it } from 'vitest';
import { redactUrl } from './log-redaction.js';

describe('log redaction', () => {
  it('hides the calendar feed token in a logged URL', () => {
    expect(redactUrl('/api/calendar/AbC123-_xyz.ics')).toBe('/api/calendar/[secret].ics');
    expect(redactUrl('/api/calendar/feed')).toBe('/api/calendar/feed');
    expect(redactUrl('/api/session')).toBe('/api/session');
  });
});
