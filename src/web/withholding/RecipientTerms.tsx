import { useTranslation } from 'react-i18next';
import type { WithholdingRecipientView } from '../../contracts/payroll-terms';
import { formatMonth } from '../evv/format';
import { formatMoney } from '../timesheets/format';

const RELATIONSHIP_WORDS = {
  parent: 'withholding.terms.relationship.parent',
  spouse: 'withholding.terms.relationship.spouse',
  child: 'withholding.terms.relationship.child',
  other: 'withholding.terms.relationship.other',
} as const;

const SDI_WORDS = {
  withheld: 'withholding.terms.sdiWithheld',
  exempt: 'withholding.terms.sdiExempt',
  elected: 'withholding.terms.sdiElected',
} as const;

/**
 * What the payments from each of this month's recipients are subject to, as the county recorded it: the relationship
 * and the family exemptions it brings, the live-in exclusion, union, COPE and health plan with the county's rates
 * today, and the recipient's Share of Cost with the amount to collect from them.
 */
export function RecipientTerms({ recipients }: { recipients: readonly WithholdingRecipientView[] }) {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => formatMoney(cents, i18n.language);
  return (
    <section aria-labelledby="terms-heading" className="margin-top-4">
      <h2 id="terms-heading">{t('withholding.terms.heading')}</h2>
      <p>{t('withholding.terms.intro')}</p>
      {recipients.length === 0 && <p>{t('withholding.terms.none')}</p>}
      {recipients.map((r) => {
        const name = `${r.recipient.firstName} ${r.recipient.lastName}`;
        const month = r.shareOfCost ? formatMonth(`${r.shareOfCost.month}-01`, i18n.language) : '';
        return (
          <section key={r.caseNumber} className="usa-summary-box margin-y-3" aria-labelledby={`terms-${r.caseNumber}`}>
            <div className="usa-summary-box__body">
              <h3 className="usa-summary-box__heading" id={`terms-${r.caseNumber}`}>
                {t('withholding.terms.recipient', { name, caseNumber: r.caseNumber })}
              </h3>
              <dl className="account-facts">
                <dt>{t('withholding.terms.relationshipLabel')}</dt>
                <dd>{t(RELATIONSHIP_WORDS[r.relationship])}</dd>
                <dt>{t('withholding.terms.ficaLabel')}</dt>
                <dd>{r.socialSecurityAndMedicare === 'exempt' ? t('withholding.terms.ficaExempt') : t('withholding.terms.ficaWithheld')}</dd>
                <dt>{t('withholding.terms.sdiLabel')}</dt>
                <dd>{t(SDI_WORDS[r.sdi])}</dd>
                <dt>{t('withholding.terms.incomeTaxLabel')}</dt>
                <dd>{r.liveInExcluded ? t('withholding.terms.liveIn') : t('withholding.terms.incomeTaxAsAsked')}</dd>
                <dt>{t('withholding.terms.unionLabel')}</dt>
                <dd>
                  {!r.unionMember
                    ? t('withholding.terms.notMember')
                    : r.unionDuesCentsPerHour === null
                      ? t('withholding.terms.memberNoRate')
                      : t('withholding.terms.duesRate', { amount: money(r.unionDuesCentsPerHour) })}
                </dd>
                <dt>{t('withholding.terms.copeLabel')}</dt>
                <dd>{r.copeCentsPerPayment === null ? t('withholding.terms.noCope') : t('withholding.terms.cope', { amount: money(r.copeCentsPerPayment) })}</dd>
                <dt>{t('withholding.terms.healthLabel')}</dt>
                <dd>
                  {!r.healthPlan
                    ? t('withholding.terms.notEnrolled')
                    : r.healthPremiumMonthlyCents === null
                      ? t('withholding.terms.enrolledNoRate')
                      : t('withholding.terms.premium', { amount: money(r.healthPremiumMonthlyCents) })}
                </dd>
                <dt>{t('withholding.terms.shareOfCostLabel')}</dt>
                <dd>{r.shareOfCost ? t('withholding.terms.shareOfCost', { amount: money(r.shareOfCost.monthlyCents), month }) : t('withholding.terms.noShareOfCost')}</dd>
              </dl>
              {r.shareOfCost && (
                <p className="margin-bottom-0">
                  <strong>{t('withholding.terms.collect', { amount: money(r.shareOfCost.monthlyCents), name: r.recipient.firstName, month })}</strong>
                </p>
              )}
            </div>
          </section>
        );
      })}
    </section>
  );
}
