import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DestinationView } from '../../contracts/direct-deposit';
import { api } from '../api';
import { Loading } from '../components/Loading';
import { ProblemAlert } from '../forms/ProblemAlert';
import { useDestinationWords } from './words';

/** A provider's direct deposit where staff look the provider up (issue #15): where pay goes now, and a change waiting. */
export function ProviderDepositStatus({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const words = useDestinationWords();
  const status = useQuery(api.directDeposit.ofProvider.query({ params: { providerId } }));
  const by = { provider: t('directDepositStaff.cancelledBy.provider'), county: t('directDepositStaff.cancelledBy.county') };
  const stageOf = (d: DestinationView) => (d.cancelled ? by[d.cancelled.by] : d.stage === 'held' ? t('directDepositStaff.holdUntil', { status: words.stage(d.stage), date: words.day(d.holdEndsOn) }) : words.stage(d.stage));
  // The change waiting, else the latest one if it was cancelled: what a provider calling about a change asks about.
  const latest = status.data?.history[0];
  const shown = status.data?.waiting ?? (latest?.cancelled ? latest : null);
  return (
    <section aria-labelledby="dd-provider" className="margin-top-4">
      <h2 id="dd-provider">{t('directDepositStaff.accountHeading')}</h2>
      {status.isPending && <Loading />}
      <ProblemAlert error={status.error} slim />
      {status.data && (
        <dl className="account-facts">
          <dt>{t('directDepositStaff.payGoesTo')}</dt>
          <dd>{status.data.inForce ? words.what(status.data.inForce) : t('directDeposit.warrant')}</dd>
          <dt>{t('directDepositStaff.waitingChange')}</dt>
          <dd>{shown ? words.what(shown) : t('directDepositStaff.noChange')}</dd>
          {shown && (
            <>
              <dt>{t('directDepositStaff.status')}</dt>
              <dd>{stageOf(shown)}</dd>
            </>
          )}
          {shown && !shown.cancelled && (
            <>
              <dt>{t('directDepositStaff.usedFrom')}</dt>
              <dd>{words.day(shown.liveFrom)}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
