import { describe, expect, it } from 'vitest';
import { describeDevice, describeNetwork } from './sign-in-history.js';

describe('sign-in history descriptions', () => {
  it('names the browser and system of a phone', () => {
    expect(describeDevice('Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36')).toBe(
      'Chrome / Android',
    );
  });

  it('tells private, loopback, carrier and internet addresses apart', () => {
    expect(describeNetwork('192.168.1.20')).toBe('private');
    expect(describeNetwork('::ffff:10.0.0.1')).toBe('private');
    expect(describeNetwork('127.0.0.1')).toBe('loopback');
    expect(describeNetwork('100.70.1.1')).toBe('carrier');
    expect(describeNetwork('203.0.113.9')).toBe('internet');
    expect(describeNetwork(null)).toBeNull();
  });
});
