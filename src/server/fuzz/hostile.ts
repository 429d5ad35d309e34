/**
 * What a hostile or broken client sends, by kind. The lists follow the OWASP Web Security Testing Guide
 * (v4.2, 4.7 "Input Validation Testing": SQL, HTML and template injection, path traversal, HTTP parameter
 * pollution) and the boundaries of JSON numbers (RFC 8259, section 6: IEEE 754 doubles, so 5e-324, 1e308, -0
 * and integers beyond 2^53 all parse), plus the encodings that break naive text handling (NUL and the other C0
 * controls, lone surrogates, bidi overrides, combining marks).
 */

/** JSON text sent as is, for what JSON.stringify cannot write: -0, 1e400, huge integers, deep nesting, bad JSON. */
export class Raw {
  constructor(readonly text: string) {}
}

export const MEGABYTE = 1 << 20;
/** Under the app's 256 KB body limit, so it reaches validation and the handlers. */
const BIG = 200_000;
const LEVELS = 10_000;

export const deepArray = (levels: number) => new Raw('['.repeat(levels) + ']'.repeat(levels));
export const deepObject = (levels: number) => new Raw('{"a":'.repeat(levels) + '1' + '}'.repeat(levels));

export const IMPOSSIBLE_DATES = ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '0000-00-00', '2026-1-1', '26-01-01', '2026/01/01', '+02026-01-01', '9999-12-31', '0001-01-01', '1900-02-29'];
export const IMPOSSIBLE_INSTANTS = [
  '2026-02-30T10:00:00Z',
  '2026-03-08T25:00:00Z',
  '2026-03-08T10:61:00Z',
  '2026-03-08T10:00:60Z',
  '2026-03-08T10:00:00+25:00',
  '2026-03-08T10:00:00',
  '2026-03-08 10:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999999999Z',
  '+275760-09-13T00:00:00Z',
  '1970-01-01T00:00:00.000000000000000000001Z',
  '2038-01-19T03:14:08Z',
];
export const IMPOSSIBLE_TIMES = ['24:00', '23:60', '-01:00', '9:00', '09:00:00', '0900', '12:00 PM'];

export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  "1' AND pg_sleep(0)--",
  "$$; SELECT 1; $$",
  "\\'; --",
  '%',
  '_',
  '\\',
  '%s%s%s%n',
  '{{7*7}}',
  '${7*7}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'http://169.254.169.254/latest/meta-data/',
  '=cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '\r\nSet-Cookie: injected=1',
  'Subject: x\r\nBcc: victim@example.com',
];

export const CONTROL_CHARACTERS = [
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0003',
  '\u0007\b\f\v',
  '\r\n',
  '\t',
  '\u001b[31mred',
  '\u007f',
  '\u0085',
  '\u2028\u2029',
];

export const UNICODE_ODDITIES = [
  '\ud800',
  'a\udfffb',
  '\ufeff',
  '\u200b\u200c\u200d',
  '\u202eevil\u202c',
  'e\u0301\u0301\u0301',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357a\u0358\u0359',
  '\ud83d\ude42',
  '\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67',
  '\ud835\udd4f',
  '\ufb00',
  '\u0130',
  '\ufffd\uffff\ufffe',
  '\u0660\u0661\u0662',
  '\uff11\uff12\uff13',
];

export const NUMBER_WORDS = ['NaN', 'Infinity', '-Infinity', '-0', '0x1F', '1e308', '5e-324', '1_000', ' 1', '1 ', '+1', '.5', '1.', '00', '9'.repeat(400), 'null', 'undefined', 'true'];

/** Strings for any text field: the generic junk of a hostile client. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '   padded   ',
  ...CONTROL_CHARACTERS,
  ...UNICODE_ODDITIES,
  ...INJECTIONS,
  ...NUMBER_WORDS,
  ...IMPOSSIBLE_DATES,
  ...IMPOSSIBLE_INSTANTS,
  ...IMPOSSIBLE_TIMES,
];

export const HUGE_STRINGS = [() => 'a'.repeat(MEGABYTE), () => 'a'.repeat(BIG), () => '\u00e9'.repeat(BIG / 2), () => '\ud83d\ude42'.repeat(BIG / 4), () => '\u0000'.repeat(1000)];

/** Numbers at the edges of doubles and of integers, some only expressible as raw JSON text. */
export const HOSTILE_NUMBERS: readonly unknown[] = [
  0,
  new Raw('-0'),
  new Raw('-0.0'),
  -1,
  1,
  0.5,
  -0.5,
  5e-324,
  -5e-324,
  1e308,
  -1e308,
  1.7976931348623157e308,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  2 ** 63,
  2 ** 64,
  Number.EPSILON,
  1e-7,
  32767,
  32768,
  -32769,
  new Raw('1e400'),
  new Raw('-1e400'),
  new Raw('1e-400'),
  new Raw('123456789012345678901234567890'),
  new Raw('1E2'),
  new Raw('0.1e1'),
];

/** Not JSON at all where a value goes: the parser must refuse it. */
export const INVALID_JSON_VALUES = [new Raw('NaN'), new Raw('Infinity'), new Raw('0x10'), new Raw('01'), new Raw('.5'), new Raw('+1'), new Raw("'x'"), new Raw('undefined')];

export const WRONG_TYPES: readonly unknown[] = [null, true, false, 0, 1, '', 'x', [], {}, [null], { '': null }, [[]], [{}]];

export const EXTRA_FIELDS: Record<string, unknown> = {
  id: 1,
  userId: 1,
  role: 'state_admin',
  isAdmin: true,
  countyId: 1,
  county_id: 1,
  status: 'approved',
  createdAt: '1970-01-01T00:00:00Z',
  extra: '\u0000',
};

export const PROTOTYPE_POLLUTION = [new Raw('{"__proto__":{"polluted":true}}'), new Raw('{"constructor":{"prototype":{"polluted":true}}}')];

export const DEEP = { array: () => deepArray(LEVELS), object: () => deepObject(LEVELS) };

/**
 * Header values a real HTTP parser lets through (Node's refuses NUL and most C0 controls in headers before the
 * app sees them, so those are not sent): odd Origins and Referers, content types, languages, cookies.
 */
export const HOSTILE_HEADERS: Record<string, readonly (string | null)[]> = {
  origin: ['null', 'garbage', 'http://', 'https://', '//', 'http://evil.example', 'http://localhost:80:80', 'http://[::1', 'file:///etc/passwd', 'http://%zz', ' ', 'x'.repeat(8000), 'http://localhost\u00e9', ''],
  referer: ['null', 'garbage', 'http://', 'http://evil.example/page', 'http://[::1', '//', 'not a url', 'x'.repeat(8000), ''],
  'content-type': [
    null,
    '',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=utf-16',
    'application/json; charset=bogus',
    'application/json; charset="utf-8"; charset=latin1',
    'APPLICATION/JSON',
    'application/jsonp',
    'application/json, text/plain',
    'application/vnd.api+json',
    'application/xml',
    '*/*',
    ';;;',
  ],
  'content-encoding': ['gzip', 'deflate', 'br', 'identity, gzip', 'bogus'],
  'accept-language': ['zz', '*', 'es;q=abc', 'en-US,en;q=0.9,' + 'x'.repeat(4000), '\u00ff\u00fe', ',,,', 'es-MX;q=2'],
  accept: ['application/xml', '*/*;q=abc', '', 'text/html', 'application/json;q=0'],
  'user-agent': ['', 'x'.repeat(8000), 'Mozilla/5.0 (\u00ff\u00fe)', '() { :; }; echo vulnerable', '<script>alert(1)</script>'],
  'x-forwarded-for': ['garbage', '1.2.3.4, 5.6.7.8', '999.999.999.999', '::ffff:1.2.3.4', ''],
  'x-forwarded-host': ['evil.example', ''],
  'x-forwarded-proto': ['gopher', ''],
  host: ['', 'evil.example', 'localhost:99999', '[::1', 'x'.repeat(4000)],
  'x-csrf-token': [null, '', 'garbage', 'x'.repeat(8000)],
  cookie: [null, '', 'ihss_session=garbage', `ihss_session=${'a'.repeat(4000)}`, 'ihss_session', '=;=;=', 'ihss_session=a; ihss_session=b', 'ihss_csrf=x', 'ihss_session=%zz'],
  'idempotency-key': ['', 'x', 'x'.repeat(8000), 'key with spaces'],
  'x-http-method-override': ['DELETE', 'PUT', 'GET'],
  'x-background-refresh': ['1', 'yes', ''],
  'if-none-match': ['*', 'garbage', 'W/"x"'],
  range: ['bytes=0-0', 'bytes=-1', 'garbage'],
};

/** Whole bodies that are not the request at all. */
export const JUNK_BODIES: readonly (string | Buffer)[] = [
  '',
  'null',
  '[]',
  '"x"',
  '0',
  'true',
  '{',
  '{"a":',
  '}',
  'not json',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}{"b":2}',
  '\u0000',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0x80, 0x22, 0x7d]),
  Buffer.from('{"a":"b"}', 'utf16le'),
  'a=1&b=2',
  '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
];

/** Bodies built fresh when picked: they are big. */
export const JUNK_BODY_MAKERS: readonly (() => string)[] = [
  () => deepArray(LEVELS).text,
  () => deepObject(LEVELS).text,
  () => '['.repeat(50_000) + ']'.repeat(50_000),
  () => JSON.stringify({ a: 'a'.repeat(MEGABYTE) }),
  () => `[${'0,'.repeat(BIG / 4)}0]`,
  () => JSON.stringify(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))),
];

export const QUERY_JUNK: readonly string[] = [
  '__proto__=x',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  '&&&',
  '=x',
  '?&=&',
  '%',
  '%zz=1',
  'a=%E0%A4%A',
  'a=%C0%80',
  'a=%00',
  `a=${'x'.repeat(8000)}`,
  Array.from({ length: 200 }, (_, i) => `p${i}=${i}`).join('&'),
];

/** Path segments with a meaning of their own in URLs: encoding errors, traversal, numbers out of range. */
export const PATH_JUNK: readonly string[] = [
  '%',
  '%zz',
  '%00',
  '%2F',
  '%2e%2e',
  '..',
  '.',
  '%20',
  '-1',
  '0',
  '1.5',
  '1e3',
  '0x10',
  '9007199254740993',
  '99999999999999999999',
  'NaN',
  'Infinity',
  '%E0%A4%A',
  '%C0%80',
  '%EF%BB%BF1',
  'x'.repeat(101),
  'x'.repeat(5000),
];
