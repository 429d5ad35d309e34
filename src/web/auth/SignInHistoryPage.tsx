import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { signInHistory } from '../../contracts/auth';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { api } from '../api';

type HistoryEvent = z.infer<typeof signInHistory>['events'][number];

function actionText(t: TFunction, action: HistoryEvent['action']): string {
  const texts: Record<HistoryEvent['action'], string> = {
    'sign_in.success': t('history.signInSuccess'),
    'sign_in.failure': t('history.signInFailure'),
    'sign_in.locked': t('history.signInLocked'),
    'account.locked': t('history.accountLocked'),
    'account.unlocked': t('history.accountUnlocked'),
    'password.reset': t('history.passwordReset'),
    'account.setup': t('history.accountSetup'),
    sign_out: t('history.signOut'),
    'session.expired': t('history.sessionExpired'),
  };
  return texts[action];
}

function outcomeText(t: TFunction, outcome: HistoryEvent['outcome']): string {
  const texts: Record<HistoryEvent['outcome'], string> = {
    success: t('history.outcomeSuccess'),
    failure: t('history.outcomeFailure'),
    denied: t('history.outcomeDenied'),
  };
  return texts[outcome];
}

/** The server describes the network in a word; the address itself is shown beside it. */
function networkText(t: TFunction, network: string | null): string | null {
  const texts: Record<string, string> = {
    loopback: t('history.networkLoopback'),
    private: t('history.networkPrivate'),
    carrier: t('history.networkCarrier'),
    internet: t('history.networkInternet'),
  };
  return network === null ? null : (texts[network] ?? network);
}

/** Where and when the account was used, so a person can spot what they did not do. */
export function SignInHistoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('history.title'));
  const history = useQuery(api.auth.signInHistory.query());

  return (
    <>
      <h1>{t('history.title')}</h1>
      <p className="measure-5">{t('history.intro')}</p>
      {history.isPending && <Loading />}
      <ProblemAlert error={history.error} />
      {history.data?.events.length === 0 && <p>{t('history.empty')}</p>}
      {history.data && history.data.events.length > 0 && <SignInHistoryTable events={history.data.events} caption={t('history.caption')} />}
    </>
  );
}

/** The events as a table; county staff see a provider's history with the same words. */
export function SignInHistoryTable({ events, caption }: { events: HistoryEvent[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless width-full">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.at')}</th>
          <th scope="col">{t('history.action')}</th>
          <th scope="col">{t('history.outcome')}</th>
          <th scope="col">{t('history.device')}</th>
          <th scope="col">{t('history.ip')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event, i) => {
          const network = networkText(t, event.network);
          return (
            <tr key={`${event.at}-${i}`}>
              <th scope="row" data-label={t('history.at')}>
                <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time>
              </th>
              <td data-label={t('history.action')}>{actionText(t, event.action)}</td>
              <td data-label={t('history.outcome')}>{outcomeText(t, event.outcome)}</td>
              <td data-label={t('history.device')}>{event.device ?? t('history.unknown')}</td>
              <td data-label={t('history.ip')}>
                {event.ip ?? t('history.unknown')}
                {network && <span className="history-network"> ({network})</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
