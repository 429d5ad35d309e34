import { describe, expect, it } from 'vitest';
import { taxYearFigures } from './figures';
import { sdiOf, type SdiInput } from './sdi';
import { RELATIONSHIPS } from './types';

const y2025 = taxYearFigures(2025);
const y2026 = taxYearFigures(2026);

const pay = (grossCents: number, earlier: number, taxed: number, over: Partial<SdiInput> = {}): SdiInput => ({
  grossCents,
  relationship: 'other',
  sdiElected: false,
  earlierQuarterGrossCents: earlier,
  earlierQuarterSdiWagesCents: taxed,
  ...over,
});

describe('SDI of one payment (EDD DE 44, DE 8829)', () => {
  it.each([
    ['the quarter under $750: nothing', y2026, 30_000, 40_000, 0, 0, 0],
    ['$749.99 in the quarter: nothing', y2026, 34_999, 40_000, 0, 0, 0],
    ['$750 exactly: the whole quarter, 1.3% in 2026', y2026, 35_000, 40_000, 0, 75_000, 975],
    ['crossing $750: the earlier $600 comes with it', y2026, 20_000, 60_000, 0, 80_000, 1_040],
    ['2025: 1.2%', y2025, 20_000, 60_000, 0, 80_000, 960],
    ['after the crossing: this payment only', y2026, 50_000, 80_000, 80_000, 50_000, 650],
    ['no wage limit (SB 951)', y2026, 1_000_000, 50_000_000, 50_000_000, 1_000_000, 13_000],
    ['half a cent rounds up', y2026, 50, 80_000, 80_000, 50, 1],
  ])('%s', (_what, figures, gross, earlier, taxed, wages, sdi) => {
    expect(sdiOf(pay(gross, earlier, taxed), figures)).toEqual({ sdiWagesCents: wages, sdiCents: sdi });
  });

  it("takes nothing from the recipient's child, parent or spouse unless they elected coverage", () => {
    for (const relationship of RELATIONSHIPS) {
      expect(sdiOf(pay(100_000, 0, 0, { relationship }), y2026).sdiCents, relationship).toBe(relationship === 'other' ? 1_300 : 0);
      expect(sdiOf(pay(100_000, 0, 0, { relationship, sdiElected: true }), y2026).sdiCents, `${relationship} elected`).toBe(1_300);
    }
  });
});
