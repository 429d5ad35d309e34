import type { DeviceKind } from '../../contracts/sessions.js';

/**
 * A browser's user agent in the few words a person needs to recognise their own phone or computer in "Devices and
 * sessions": the kind of device, the browser and the operating system, by product name only. Versions are left out:
 * they change with every update, and Chrome and Safari now freeze most of them anyway.
 *
 * Written here rather than taken from a package: the maintained full parser (ua-parser-js 2) is AGPL, and the portal
 * names only the common browsers and systems below; anything else is "Unknown browser", which is honest.
 */
export interface ParsedUserAgent {
  device: DeviceKind;
  browser: string | null;
  os: string | null;
}

/**
 * Most specific first: Chromium-based browsers also say "Chrome" and "Safari", Chrome says "Safari", and every
 * browser on iOS is Safari underneath but names itself (CriOS, FxiOS, EdgiOS, OPT).
 */
const BROWSERS: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['Samsung Internet', /\bSamsungBrowser\//],
  ['Opera', /\b(?:OPR|OPT|OPiOS|Opera)\b/],
  ['Edge', /\b(?:Edg|EdgA|EdgiOS|Edge)\//],
  ['Firefox', /\b(?:Firefox|FxiOS)\//],
  ['Chrome', /\b(?:Chrome|CriOS)\//],
  // Safari says "Version/17.4 ... Safari/"; an app's web view on iOS says neither, and is Safari's engine too.
  ['Safari', /\bVersion\/[\d.]+.*\bSafari\/|\b(?:iPhone|iPad|iPod)\b.*\bAppleWebKit\//],
];

/** iOS first (its agent says "like Mac OS X"), Android and ChromeOS before Linux (both say "Linux"). */
const SYSTEMS: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['iOS', /\b(?:iPhone|iPad|iPod)\b/],
  ['Android', /\bAndroid\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['Windows', /\bWindows\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['Linux', /\bLinux\b|\bX11\b/],
];

const firstMatch = (ua: string, list: readonly (readonly [string, RegExp])[]) => list.find(([, pattern]) => pattern.test(ua))?.[0] ?? null;

/**
 * A tablet: an iPad, or an Android device without "Mobile" in its agent (Google's rule for Android tablets), or one
 * that says "Tablet" (Firefox on Android tablets). An iPad asking for desktop sites says "Macintosh" and is counted
 * as a computer: nothing in its agent tells it apart.
 */
function deviceOf(ua: string, os: string | null, browser: string | null): DeviceKind {
  if (/\biPad\b|\bTablet\b/.test(ua) || (os === 'Android' && !/\bMobile\b/.test(ua))) return 'tablet';
  if (/\b(?:iPhone|iPod)\b|\bMobile\b/.test(ua)) return 'phone';
  if (os !== null || browser !== null) return 'computer';
  return 'unknown';
}

export function parseUserAgent(userAgent: string | null | undefined): ParsedUserAgent {
  const ua = userAgent ?? '';
  const browser = firstMatch(ua, BROWSERS);
  const os = firstMatch(ua, SYSTEMS);
  return { device: deviceOf(ua, os, browser), browser, os };
}
