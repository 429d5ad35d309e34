/**
 * The generated people, each drawn from a random stream of its own (the seed, the kind, the county, the index), so a
 * recipient drawn again while its providers are written is the same recipient, and one seed gives the same state.
 *
 * Shapes (illustrative, not data; the sources are DOMAIN.md's):
 * - A recipient's monthly authorisation: a few hours to 283, most far below (State Auditor 2021: 283 at most, 195
 *   unless severely impaired). About 1 in 20 pays a Share of Cost.
 * - A provider is the recipient's parent (9%) or spouse (6%): the 15% under the family exemption from FICA
 *   (DOMAIN.md, Deductions); a child (10%); or anyone else (75%: other relatives and non-relatives). Family providers
 *   serve their one recipient, most parents and spouses as live-ins (SOC 2298: no EVV); others serve one, two or
 *   three recipients, with a travel agreement when more than one.
 * - Hours: the same weekdays every week, a visit a day per recipient, one after another with a short trip between;
 *   never more than the recipient's monthly authorisation (or the provider's share of it) in any month, within the
 *   weekly maximum (monthly / 4), 66 hours a workweek in all (WIC 12300.4).
 */
import { seededRandom } from '../rules/generate';

/** A random stream for one thing: the seed and the thing's coordinates, mixed (murmur3's finaliser). */
export function streamOf(seed: number, ...parts: number[]): () => number {
  let h = seed >>> 0;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return seededRandom(h);
}

export const KIND = { recipient: 1, provider: 2, recipientsPerProvider: 3, claims: 4, staff: 5, message: 6 } as const;

export function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  let roll = random() * weighted.reduce((s, [, w]) => s + w, 0);
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

export const int = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const digits = (random: () => number, n: number) => Array.from({ length: n }, () => int(random, 0, 9)).join('');

const FIRST_NAMES = [
  'Maria', 'Jose', 'Guadalupe', 'Juan', 'Rosa', 'Luis', 'Carmen', 'Miguel', 'Ana', 'Jesus', 'Linda', 'James', 'Mary', 'Robert', 'Patricia', 'John',
  'Mei', 'Wei', 'Anahit', 'Armen', 'Thanh', 'Minh', 'Maricel', 'Jocelyn', 'Olga', 'Sergei', 'Ji-woo', 'Min-jun', 'Fatima', 'Grace', 'Samuel', 'Elena',
] as const;
const LAST_NAMES = [
  'Garcia', 'Hernandez', 'Lopez', 'Martinez', 'Rodriguez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Flores', 'Smith', 'Johnson', 'Williams', 'Brown',
  'Jones', 'Davis', 'Chen', 'Wong', 'Sarkisian', 'Petrosyan', 'Nguyen', 'Tran', 'Santos', 'Reyes', 'Ivanova', 'Petrov', 'Kim', 'Park', 'Ali', 'Jackson',
] as const;
/** The portal's 8 languages, weighted roughly as the state portal's users speak them. */
const LANGUAGES = [['en', 58], ['es', 27], ['zh', 4], ['hy', 3], ['vi', 3], ['tl', 2], ['ru', 1.5], ['ko', 1.5]] as const;

export interface Name {
  firstName: string;
  lastName: string;
}
function nameOf(random: () => number): Name {
  return { firstName: FIRST_NAMES[int(random, 0, FIRST_NAMES.length - 1)]!, lastName: LAST_NAMES[int(random, 0, LAST_NAMES.length - 1)]! };
}

/** A point in California's inland box; a visit captured at home is a few metres from it. */
function homePoint(random: () => number) {
  return { lat: 32.7 + random() * 8.9, lng: -123.8 + random() * 9.2 };
}

export interface Recipient extends Name {
  monthlyMinutes: number;
  /** Share of Cost a month, in cents; 0 for none. */
  shareOfCostCents: number;
  home: { lat: number; lng: number };
  street: string;
  city: string;
  zip: string;
  phone: string;
  language: string;
  hasAccount: boolean;
}

export function recipientOf(seed: number, county: number, index: number): Recipient {
  const random = streamOf(seed, KIND.recipient, county, index);
  const name = nameOf(random);
  const hours = Math.min(283, Math.round(20 + random() * random() * 263));
  const soc = random() < 0.05 ? int(random, 20, 400) * 100 : 0;
  return {
    ...name,
    monthlyMinutes: hours * 60,
    shareOfCostCents: soc,
    home: homePoint(random),
    street: `${int(random, 1, 9999)} ${LAST_NAMES[int(random, 0, LAST_NAMES.length - 1)]} St`,
    city: 'Benchville',
    zip: `9${digits(random, 4)}`,
    phone: `555${digits(random, 7)}`,
    language: pick(random, LANGUAGES),
    hasAccount: random() < 0.7,
  };
}

export type Relationship = 'parent' | 'spouse' | 'child' | 'other';

export interface ProviderTraits extends Name {
  relationship: Relationship;
  liveIn: boolean;
  language: string;
  dateOfBirth: string;
  phone: string;
  setUp: boolean;
  unionMember: boolean;
  copeCents: number | null;
  healthPlan: boolean;
  sdiElected: boolean;
  federalWithholding: boolean;
  stateWithholding: boolean;
  directDeposit: boolean;
  /** Weekday the visits start, minutes after midnight (07:00 to 10:00). */
  dayStart: number;
}

export function providerTraits(seed: number, county: number, index: number): ProviderTraits {
  const random = streamOf(seed, KIND.provider, county, index);
  const relationship = pick<Relationship>(random, [['parent', 9], ['spouse', 6], ['child', 10], ['other', 75]]);
  const family = relationship !== 'other';
  const liveIn = random() < (relationship === 'parent' || relationship === 'spouse' ? 0.6 : relationship === 'child' ? 0.15 : 0.02);
  const unionMember = random() < 0.65;
  return {
    ...nameOf(random),
    relationship,
    liveIn,
    language: pick(random, LANGUAGES),
    dateOfBirth: `${int(random, 1950, 2004)}-${String(int(random, 1, 12)).padStart(2, '0')}-${String(int(random, 1, 28)).padStart(2, '0')}`,
    phone: `555${digits(random, 7)}`,
    setUp: random() < 0.9,
    unionMember,
    copeCents: unionMember && random() < 0.15 ? int(random, 1, 20) * 100 : null,
    healthPlan: random() < 0.1,
    sdiElected: family && random() < 0.3,
    federalWithholding: random() < 0.08,
    stateWithholding: random() < 0.06,
    directDeposit: random() < 0.9,
    dayStart: 7 * 60 + int(random, 0, 12) * 15,
  };
}

/** How many recipients each of a county's providers serves, adding up to the county's assignments. */
export function recipientsPerProvider(seed: number, county: number, providers: number, recipients: number, assignments: number): Uint8Array {
  const random = streamOf(seed, KIND.recipientsPerProvider, county);
  const cap = Math.min(3, recipients);
  const k = new Uint8Array(providers);
  const other = new Uint8Array(providers);
  let sum = 0;
  for (let p = 0; p < providers; p++) {
    other[p] = providerTraits(seed, county, p).relationship === 'other' ? 1 : 0;
    k[p] = other[p] ? Math.min(cap, pick(random, [[1, 81], [2, 15], [3, 4]])) : 1;
    sum += k[p]!;
  }
  // Bring the sum to the county's assignments: more recipients for providers who are not family (for anyone, in a
  // county too small to do without), or fewer.
  for (let tries = 0; sum !== assignments && tries < 100 * providers + 1000; tries++) {
    const p = int(random, 0, providers - 1);
    if (sum < assignments && (other[p] || tries > 50 * providers) && k[p]! < cap) {
      k[p]! += 1;
      sum += 1;
    } else if (sum > assignments && k[p]! > 1) {
      k[p]! -= 1;
      sum -= 1;
    }
  }
  if (sum !== assignments) throw new Error(`county ${county}: could not give ${providers} providers ${assignments} recipients`);
  return k;
}

/** A routing number that passes the ABA checksum (isRoutingNumber), in a Federal Reserve district's range. */
export function routingNumber(random: () => number): string {
  const first8 = `${String(int(random, 1, 12)).padStart(2, '0')}${digits(random, 6)}`;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = weights.reduce((s, w, i) => s + w * Number(first8[i]), 0);
  return `${first8}${(10 - (sum % 10)) % 10}`;
}

export const accountNumber = (random: () => number) => digits(random, int(random, 8, 12));
