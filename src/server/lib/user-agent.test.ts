import { describe, expect, it } from 'vitest';
import { placeOf } from '../features/sessions/network.js';
import { parseUserAgent } from './user-agent.js';

/** Real user agents of the browsers providers use, as each sends it. */
const AGENTS: [name: string, ua: string, expected: ReturnType<typeof parseUserAgent>][] = [
  [
    'Chrome on Android (phone)',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    { device: 'phone', browser: 'Chrome', os: 'Android' },
  ],
  [
    'Chrome on an Android tablet',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    { device: 'tablet', browser: 'Chrome', os: 'Android' },
  ],
  [
    'Safari on iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    { device: 'phone', browser: 'Safari', os: 'iOS' },
  ],
  [
    'Safari on iPad',
    'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    { device: 'tablet', browser: 'Safari', os: 'iOS' },
  ],
  [
    'Chrome on iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
    { device: 'phone', browser: 'Chrome', os: 'iOS' },
  ],
  [
    'Firefox on iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15',
    { device: 'phone', browser: 'Firefox', os: 'iOS' },
  ],
  [
    'an app web view on iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
    { device: 'phone', browser: 'Safari', os: 'iOS' },
  ],
  [
    'Samsung Internet',
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
    { device: 'phone', browser: 'Samsung Internet', os: 'Android' },
  ],
  [
    'Firefox on an Android tablet',
    'Mozilla/5.0 (Android 14; Tablet; rv:125.0) Gecko/125.0 Firefox/125.0',
    { device: 'tablet', browser: 'Firefox', os: 'Android' },
  ],
  [
    'Firefox on an Android phone',
    'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0',
    { device: 'phone', browser: 'Firefox', os: 'Android' },
  ],
  [
    'Edge on Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    { device: 'computer', browser: 'Edge', os: 'Windows' },
  ],
  [
    'Edge on Android',
    'Mozilla/5.0 (Linux; Android 10; HD1913) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0',
    { device: 'phone', browser: 'Edge', os: 'Android' },
  ],
  [
    'Opera on Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0',
    { device: 'computer', browser: 'Opera', os: 'Windows' },
  ],
  [
    'Chrome on Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    { device: 'computer', browser: 'Chrome', os: 'Windows' },
  ],
  [
    'Firefox on Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
    { device: 'computer', browser: 'Firefox', os: 'Windows' },
  ],
  [
    'Safari on a Mac',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    { device: 'computer', browser: 'Safari', os: 'macOS' },
  ],
  [
    'Chrome on a Mac',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    { device: 'computer', browser: 'Chrome', os: 'macOS' },
  ],
  [
    'Firefox on Linux',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    { device: 'computer', browser: 'Firefox', os: 'Linux' },
  ],
  [
    'Chrome on a Chromebook',
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    { device: 'computer', browser: 'Chrome', os: 'ChromeOS' },
  ],
];

describe('the user agent in words', () => {
  it.each(AGENTS)('names %s', (_, ua, expected) => {
    expect(parseUserAgent(ua)).toEqual(expected);
  });

  it('says nothing it cannot tell: no agent, a tool, or words it does not know', () => {
    expect(parseUserAgent(null)).toEqual({ device: 'unknown', browser: null, os: null });
    expect(parseUserAgent('')).toEqual({ device: 'unknown', browser: null, os: null });
    expect(parseUserAgent('curl/8.5.0')).toEqual({ device: 'unknown', browser: null, os: null });
    // A system it knows with a browser it does not: the device is still worth saying.
    expect(parseUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) SomeBrowser/1.0')).toEqual({ device: 'computer', browser: null, os: 'Windows' });
  });
});

describe('the place in words, from the network kind', () => {
  it.each([
    ['127.0.0.1', { network: 'this_computer', ipVersion: 4, address: null }],
    ['::1', { network: 'this_computer', ipVersion: 6, address: null }],
    ['::ffff:127.0.0.1', { network: 'this_computer', ipVersion: 4, address: null }],
    ['10.1.2.3', { network: 'private', ipVersion: 4, address: null }],
    ['172.16.0.9', { network: 'private', ipVersion: 4, address: null }],
    ['172.31.255.1', { network: 'private', ipVersion: 4, address: null }],
    ['192.168.1.20', { network: 'private', ipVersion: 4, address: null }],
    ['100.64.0.1', { network: 'private', ipVersion: 4, address: null }],
    ['169.254.10.10', { network: 'private', ipVersion: 4, address: null }],
    ['fd12:3456:789a::1', { network: 'private', ipVersion: 6, address: null }],
    ['fe80::1', { network: 'private', ipVersion: 6, address: null }],
    ['172.32.0.1', { network: 'internet', ipVersion: 4, address: '172.32.0.x' }],
    ['203.0.113.77', { network: 'internet', ipVersion: 4, address: '203.0.113.x' }],
    ['::ffff:198.51.100.4', { network: 'internet', ipVersion: 4, address: '198.51.100.x' }],
    ['2001:db8:85a3::8a2e:370:7334', { network: 'internet', ipVersion: 6, address: null }],
  ] as const)('%s', (ip, expected) => {
    expect(placeOf(ip)).toEqual(expected);
  });

  it('is unknown without an address, or with one that is not an address', () => {
    expect(placeOf(null)).toEqual({ network: 'unknown', ipVersion: null, address: null });
    expect(placeOf('not an address')).toEqual({ network: 'unknown', ipVersion: null, address: null });
  });
});
