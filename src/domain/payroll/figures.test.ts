import { describe, expect, it } from 'vitest';
import { PAY_PERIODS_PER_YEAR, TAX_YEARS, taxYearFigures, type TaxYearFigures } from './figures';
import { dollars, type Bracket } from './money';
import { FEDERAL_FILING_STATUSES, STATE_FILING_STATUSES, type FederalFilingStatus } from './types';

describe('the figures of a year', () => {
  it('keeps a table for 2025 and for 2026', () => {
    expect(TAX_YEARS.map((f) => f.year)).toEqual([2025, 2026]);
  });

  it("uses a year's own table, or the latest earlier one for a year with none yet", () => {
    expect(taxYearFigures(2025).year).toBe(2025);
    expect(taxYearFigures(2026).year).toBe(2026);
    expect(taxYearFigures(2027).year).toBe(2026);
    expect(taxYearFigures(2031).year).toBe(2026);
  });

  it('refuses a year before the first table rather than guessing', () => {
    expect(() => taxYearFigures(2024)).toThrow(RangeError);
  });

  it("holds each year's thresholds and rates as published", () => {
    const [y2025, y2026] = [taxYearFigures(2025), taxYearFigures(2026)];
    expect([y2025.householdThresholdCents, y2026.householdThresholdCents]).toEqual([280_000, 300_000]);
    expect([y2025.socialSecurity.wageBaseCents, y2026.socialSecurity.wageBaseCents]).toEqual([17_610_000, 18_450_000]);
    expect([y2025.sdi.rateBp, y2026.sdi.rateBp]).toEqual([120, 130]);
    expect(y2026.sdi.quarterThresholdCents).toBe(75_000);
  });
});

/**
 * Pub 15-T builds its annual tables from the year's tax brackets: the STANDARD table starts its 10% row at the
 * standard deduction less the line 1g amount; the Step 2 checkbox table starts at half the standard deduction and
 * halves every bracket. Column A is rounded up to a whole dollar and column C to the cent from the unrounded
 * bounds. Rebuilding them catches a mistyped figure.
 */
const BRACKETS: Record<number, { standardDeduction: Record<FederalFilingStatus, number>; tops: Record<FederalFilingStatus, number[]> }> = {
  // Rev. Proc. 2024-40; the 2025 Pub 15-T kept the standard deductions before P.L. 119-21.
  2025: {
    standardDeduction: { single: 15_000, married_jointly: 30_000, head_of_household: 22_500 },
    tops: {
      single: [11_925, 48_475, 103_350, 197_300, 250_525, 626_350],
      married_jointly: [23_850, 96_950, 206_700, 394_600, 501_050, 751_600],
      head_of_household: [17_000, 64_850, 103_350, 197_300, 250_500, 626_350],
    },
  },
  // Rev. Proc. 2025-32 with P.L. 119-21.
  2026: {
    standardDeduction: { single: 16_100, married_jointly: 32_200, head_of_household: 24_150 },
    tops: {
      single: [12_400, 50_400, 105_700, 201_775, 256_225, 640_600],
      married_jointly: [24_800, 100_800, 211_400, 403_550, 512_450, 768_700],
      head_of_household: [17_700, 67_450, 105_700, 201_750, 256_200, 640_600],
    },
  },
};
const RATES = [10, 12, 22, 24, 32, 35, 37];

function pub15tTable(start: number, tops: number[], share: number): Bracket[] {
  const rows: Bracket[] = [{ overCents: 0, baseCents: 0, rateBp: 0 }];
  let over = start;
  let baseTimes100 = 0; // dollars times 100 = cents, kept unrounded
  RATES.forEach((rate, i) => {
    rows.push({ overCents: Math.ceil(over) * 100, baseCents: Math.round(baseTimes100), rateBp: rate * 100 });
    const top = tops[i];
    if (top !== undefined) {
      const next = start + top * share;
      baseTimes100 += (next - over) * rate;
      over = next;
    }
  });
  return rows;
}

describe('the Pub 15-T annual tables', () => {
  for (const figures of TAX_YEARS) {
    const source = BRACKETS[figures.year]!;
    for (const status of FEDERAL_FILING_STATUSES) {
      it(`${figures.year} ${status}: follow from the year's brackets and standard deduction`, () => {
        const deduction = source.standardDeduction[status];
        const line1g = figures.federal.line1gCents[status] / 100;
        expect(figures.federal.standard[status]).toEqual(pub15tTable(deduction - line1g, source.tops[status], 1));
        expect(figures.federal.multipleJobs[status]).toEqual(pub15tTable(deduction / 2, source.tops[status], 0.5));
      });
    }
  }

  it('line 1g is $12,900 married filing jointly and $8,600 otherwise', () => {
    for (const figures of TAX_YEARS) {
      expect(figures.federal.line1gCents).toEqual({ single: 860_000, married_jointly: 1_290_000, head_of_household: 860_000 });
    }
  });
});

describe('the DE 44 Method B tables', () => {
  const eachStateTable = (f: TaxYearFigures) => STATE_FILING_STATUSES.map((status) => [status, f.state.rates.brackets[status]] as const);

  it("each row's plus amount is the row before it taxed up to the row's start, to within a cent", () => {
    for (const figures of TAX_YEARS) {
      for (const [status, rows] of eachStateTable(figures)) {
        rows.slice(1).forEach((row, i) => {
          const before = rows[i]!;
          const expected = before.baseCents + ((row.overCents - before.overCents) * before.rateBp) / 10_000;
          expect(Math.abs(row.baseCents - expected), `${figures.year} ${status} row ${i + 1}`).toBeLessThanOrEqual(1);
        });
      }
    }
  });

  it('uses the ten published rates, 1.1% to 14.63%', () => {
    for (const figures of TAX_YEARS) {
      for (const [, rows] of eachStateTable(figures)) {
        expect(rows.map((r) => r.rateBp)).toEqual([110, 220, 440, 660, 880, 1023, 1133, 1243, 1353, 1463]);
      }
    }
  });

  it('prints Tables 1 and 3 as two pairs of equal columns', () => {
    for (const { state } of TAX_YEARS) {
      for (const table of [state.lowIncomeCents, state.standardDeductionCents]) {
        expect(table.single).toBe(table.marriedZeroOrOne);
        expect(table.marriedTwoOrMore).toBe(table.headOfHousehold);
      }
    }
  });

  it('Tables 2 and 4 are n allowances of a year ($1,000; $163.90 in 2025, $168.30 in 2026) over 24, rounded', () => {
    const allowance: Record<number, number> = { 2025: 16_390, 2026: 16_830 };
    for (const figures of TAX_YEARS) {
      for (let n = 0; n <= 10; n++) {
        expect(figures.state.estimatedDeductionCents[n]).toBe(dollars(Math.round((n * 1000) / PAY_PERIODS_PER_YEAR)));
        expect(figures.state.exemptionAllowanceCents[n]).toBe(Math.round((n * allowance[figures.year]!) / PAY_PERIODS_PER_YEAR));
      }
    }
  });
});
