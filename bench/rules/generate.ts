/**
 * Statewide-shaped synthetic provider-months for the rules benchmark, from a seed, so every run and
 * every machine evaluates the same data. Shape (DOMAIN.md, Scale): about 716,000 providers for 815,000
 * recipients, so most providers have one recipient and some have two or three; monthly authorisations
 * from a few hours up to 283; hours claimed in quarter hours on the same weekdays all month; travel on
 * days with two recipients; a few providers with an exemption. The numbers are illustrative, not data.
 */
import { addDays, daysBetween, monthSpan, weekday, type ClaimEntry, type EvaluationInput, type RecipientCase } from '../../src/domain/index';

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; plenty for synthetic data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  readonly seed: number;
  readonly count: number;
  /** `YYYY-MM`; the whole month is claimed, as in a payroll run. */
  readonly month: string;
}

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  let roll = random() * weighted.reduce((s, [, w]) => s + w, 0);
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (weighted[weighted.length - 1] as readonly [T, number])[0];
}

const RECIPIENTS_PER_PROVIDER = [
  [1, 88],
  [2, 9],
  [3, 3],
] as const;

function monthlyHours(random: () => number): number {
  const hours = Math.round(20 + random() * random() * 263);
  return Math.min(283, hours);
}

export function generateProviderMonths(options: GenerateOptions): EvaluationInput[] {
  const random = seededRandom(options.seed);
  const { start, end } = monthSpan(options.month);
  const days = daysBetween(start, end) + 1;
  const out: EvaluationInput[] = [];
  for (let p = 0; p < options.count; p++) {
    const recipientCount = pick(random, RECIPIENTS_PER_PROVIDER);
    const countyRate = 1650 + Math.floor(random() * 900);
    const recipients: RecipientCase[] = [];
    const entries: ClaimEntry[] = [];
    const workedByDay = new Map<string, string[]>();
    for (let r = 0; r < recipientCount; r++) {
      const id = `R${p}-${r}`;
      const authorized = monthlyHours(random) * 60;
      recipients.push({ id, monthlyAuthorizedMinutes: authorized, rateCents: countyRate, overtimeException: random() < 0.02 });
      // A provider keeps a weekly pattern: the same 2 to 7 weekdays all month.
      const weekdays = new Set<number>();
      const perWeek = 2 + Math.floor(random() * 6);
      while (weekdays.size < perWeek) weekdays.add(Math.floor(random() * 7));
      const dates: string[] = [];
      for (let d = 0; d < days; d++) {
        const date = addDays(start, d);
        if (weekdays.has(weekday(date))) dates.push(date);
      }
      const perDay = Math.min(12 * 60, Math.max(15, Math.floor(authorized / dates.length / 15) * 15));
      for (const date of dates) {
        const jitter = (Math.floor(random() * 5) - 2) * 15;
        entries.push({ recipientId: id, date, workedMinutes: Math.max(15, perDay + jitter), travelMinutes: 0 });
        const ids = workedByDay.get(date);
        if (ids) ids.push(id);
        else workedByDay.set(date, [id]);
      }
    }
    const withTravel = entries.map((e) => {
      const ids = workedByDay.get(e.date) ?? [];
      return ids.length > 1 && ids[0] !== e.recipientId ? { ...e, travelMinutes: 15 + Math.floor(random() * 4) * 15 } : e;
    });
    out.push({
      provider: { exemption: recipientCount > 1 && random() < 0.05 ? 'exemption1' : 'none' },
      recipients,
      entries: withTravel,
    });
  }
  return out;
}
