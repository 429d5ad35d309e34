import { describe, expect, it } from 'vitest';
import { ficaOf, type FicaInput } from './fica';
import { taxYearFigures } from './figures';
import { RELATIONSHIPS } from './types';

const y2025 = taxYearFigures(2025);
const y2026 = taxYearFigures(2026);

/** Earlier wages all taxed already, unless said otherwise. */
const pay = (grossCents: number, earlier: number, over: Partial<FicaInput> = {}): FicaInput => ({
  grossCents,
  relationship: 'other',
  earlierYearGrossCents: earlier,
  earlierSocialSecurityWagesCents: earlier,
  earlierMedicareWagesCents: earlier,
  ...over,
});

describe('social security and Medicare of one payment (Pub 926, Pub 15)', () => {
  it.each([
    // [what, figures, gross, earlier gross, earlier social security wages, earlier Medicare wages, then the result:
    //  social security wages, social security, Medicare wages, Medicare]
    ['under the 2026 threshold: nothing yet', y2026, 60_000, 200_000, 0, 0, 0, 0, 0, 0],
    ['one cent under $3,000 in the year: nothing', y2026, 99_999, 200_000, 0, 0, 0, 0, 0, 0],
    ['reaching $3,000 exactly: the whole year is taxed (catch-up)', y2026, 100_000, 200_000, 0, 0, 300_000, 18_600, 300_000, 4_350],
    ['crossing $3,000: the earlier $2,500 comes with it', y2026, 60_000, 250_000, 0, 0, 310_000, 19_220, 310_000, 4_495],
    ['2025: $2,800 is enough', y2025, 50_000, 230_000, 0, 0, 280_000, 17_360, 280_000, 4_060],
    ['2025: $2,799.99 is not', y2025, 49_999, 230_000, 0, 0, 0, 0, 0, 0],
    ['after the threshold: this payment only', y2026, 100_000, 500_000, 500_000, 500_000, 100_000, 6_200, 100_000, 1_450],
    ['half a cent rounds up: $0.50 a payment', y2026, 50, 500_000, 500_000, 500_000, 50, 3, 50, 1],
    ['the wage base reached in the middle of the payment', y2026, 100_000, 18_400_000, 18_400_000, 18_400_000, 50_000, 3_100, 100_000, 1_450],
    ['past the wage base: no social security, Medicare goes on', y2026, 100_000, 18_500_000, 18_450_000, 18_500_000, 0, 0, 100_000, 1_450],
    ['$200,000 reached in the payment: 0.9% more on the part over', y2026, 100_000, 19_950_000, 18_450_000, 19_950_000, 0, 0, 100_000, 1_900],
    ['all of it over $200,000: 2.35%', y2026, 100_000, 20_000_000, 18_450_000, 20_000_000, 0, 0, 100_000, 2_350],
  ])('%s', (_what, figures, gross, earlier, earlierSs, earlierMedicare, ssWages, ss, medicareWages, medicare) => {
    const result = ficaOf(pay(gross, earlier, { earlierSocialSecurityWagesCents: earlierSs, earlierMedicareWagesCents: earlierMedicare }), figures);
    expect(result).toEqual({ socialSecurityWagesCents: ssWages, socialSecurityCents: ss, medicareWagesCents: medicareWages, medicareCents: medicare });
  });

  it('a catch-up that crosses the wage base stops at the base', () => {
    // A recipient's first report of the year, already over the base (an adjustment paid in one payment).
    const result = ficaOf(pay(18_600_000, 0, { earlierSocialSecurityWagesCents: 0, earlierMedicareWagesCents: 0 }), y2026);
    expect(result.socialSecurityWagesCents).toBe(18_450_000);
    expect(result.socialSecurityCents).toBe(1_143_900);
  });

  it("takes nothing from the recipient's parent or spouse (the family employment exception)", () => {
    for (const relationship of RELATIONSHIPS) {
      const result = ficaOf(pay(100_000, 500_000, { relationship }), y2026);
      const exempt = relationship === 'parent' || relationship === 'spouse';
      expect(result.socialSecurityCents, relationship).toBe(exempt ? 0 : 6_200);
      expect(result.medicareWagesCents, relationship).toBe(exempt ? 0 : 100_000);
    }
  });
});
