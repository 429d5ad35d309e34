import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WithholdingView } from '../../contracts/payroll-terms';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formatDate } from '../console/format';
import { ProblemAlert } from '../forms/ProblemAlert';
import { ReauthProvider } from '../security/reauth';
import { FederalSection, StateSection } from './ElectionForms';
import { withholdingQuery } from './data';
import { RecipientTerms } from './RecipientTerms';

/**
 * "Withholding" (/payments/withholding, issue #15): what each recipient's payments are subject to, as the county
 * recorded it, and the provider's W-4 and DE 4 elections, in force and to come, each with the date it applies from.
 * A change asks for the password or a code again when the last one is more than a few minutes old (reauth.tsx).
 */
export function WithholdingPage() {
  const { t } = useTranslation();
  usePageTitle(t('withholding.title'));
  const view = useQuery(withholdingQuery());
  return (
    <ReauthProvider>
      <div className="page-narrow">
        <p className="margin-top-0">
          <Link to="/payments">{t('withholding.backToPayments')}</Link>
        </p>
        <h1>{t('withholding.title')}</h1>
        <p>{t('withholding.intro')}</p>
        {view.isPending && <Loading />}
        <ProblemAlert error={view.error} />
        {view.data && (
          <>
            <RecipientTerms recipients={view.data.recipients} />
            <WhenChangesApply view={view.data} />
            <FederalSection view={view.data} />
            <StateSection view={view.data} />
          </>
        )}
      </div>
    </ReauthProvider>
  );
}

/** The waiting period, and the date from which a change made today would apply. */
function WhenChangesApply({ view }: { view: WithholdingView }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <section aria-labelledby="applies-heading" className="margin-top-5">
      <h2 id="applies-heading">{t('withholding.applies.heading')}</h2>
      <p>{t('withholding.applies.onlyAsked')}</p>
      <p>
        {view.firstPaidOn
          ? t('withholding.applies.waitingPaid', { days: view.waitingDays, date: date(view.firstPaidOn) })
          : t('withholding.applies.waitingNeverPaid', { days: view.waitingDays })}
      </p>
      <p>
        <strong>{t('withholding.applies.changeToday', { date: date(view.changeAppliesFrom) })}</strong>
      </p>
    </section>
  );
}
