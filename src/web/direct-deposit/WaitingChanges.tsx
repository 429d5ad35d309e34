import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitingChangeView } from '../../contracts/direct-deposit';
import { api } from '../api';
import { Loading } from '../components/Loading';
import { Alert, Button } from '../components/uswds';
import { californiaDate } from '../../domain/california-time';
import { ProblemAlert } from '../forms/ProblemAlert';
import { useDestinationWords } from './words';

/**
 * Payroll's list of the county's direct deposit changes still waiting (issue #15): who, the new way (the last 4 digits),
 * the stage, the first pay run that uses it, the notices sent; a change in its waiting period can be cancelled.
 */
export function WaitingChanges() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery(api.directDeposit.waiting.query());
  const [cancelledFor, setCancelledFor] = useState<string | null>(null);
  const cancel = useMutation({
    mutationFn: (c: WaitingChangeView) => api.directDeposit.staffCancel({ params: { destinationId: c.id } }),
    onSuccess: (next, c) => {
      queryClient.setQueryData(api.directDeposit.waiting.key(), next);
      setCancelledFor(`${c.provider.firstName} ${c.provider.lastName}`);
    },
  });
  return (
    <section aria-labelledby="dd-waiting-changes" className="margin-top-4">
      <h2 id="dd-waiting-changes">{t('directDepositStaff.waitingHeading')}</h2>
      <p className="measure-5">{t('directDepositStaff.waitingIntro')}</p>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error ?? cancel.error} slim />
      <div role="status">
        {cancelledFor && (
          <Alert type="success" headingLevel="h3" slim>
            {t('directDepositStaff.cancelled', { name: cancelledFor })}
          </Alert>
        )}
      </div>
      {list.data && list.data.changes.length === 0 && <p>{t('directDepositStaff.waitingEmpty')}</p>}
      {list.data && list.data.changes.length > 0 && <ChangesTable changes={list.data.changes} pending={cancel.isPending} onCancel={(c) => cancel.mutate(c)} />}
    </section>
  );
}

function ChangesTable({ changes, pending, onCancel }: { changes: WaitingChangeView[]; pending: boolean; onCancel(c: WaitingChangeView): void }) {
  const { t } = useTranslation();
  const words = useDestinationWords();
  const noticeStatus = { pending: t('directDepositStaff.noticeStatus.pending'), sent: t('directDepositStaff.noticeStatus.sent'), skipped: t('directDepositStaff.noticeStatus.skipped') };
  const heads = [t('directDepositStaff.provider'), t('directDepositStaff.newWay'), t('directDepositStaff.askedOn'), t('directDepositStaff.status'), t('directDepositStaff.usedFrom'), t('directDepositStaff.notices'), t('directDepositStaff.action')];
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked width-full">
      <caption className="usa-sr-only">{t('directDepositStaff.waitingCaption')}</caption>
      <thead>
        <tr>
          {heads.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => {
          const name = `${c.provider.firstName} ${c.provider.lastName}`;
          return (
            <tr key={c.id}>
              <th scope="row" data-label={heads[0]}>
                {name} ({c.provider.providerId})
              </th>
              <td data-label={heads[1]}>{words.what(c)}</td>
              <td data-label={heads[2]}>{words.day(californiaDate(c.requestedAt))}</td>
              <td data-label={heads[3]}>{c.stage === 'held' ? t('directDepositStaff.holdUntil', { status: words.stage(c.stage), date: words.day(c.holdEndsOn) }) : words.stage(c.stage)}</td>
              <td data-label={heads[4]}>{words.day(c.liveFrom)}</td>
              <td data-label={heads[5]}>
                <ul className="usa-list usa-list--unstyled">
                  {c.notices.map((n) => (
                    <li key={`${n.channel}-${n.to}`}>{n.channel === 'email' ? t('directDepositStaff.noticeEmail', { to: n.to, status: noticeStatus[n.status] }) : t('directDepositStaff.noticeSms', { to: n.to, status: noticeStatus[n.status] })}</li>
                  ))}
                </ul>
              </td>
              <td data-label={heads[6]}>
                {c.cancellable && (
                  <Button type="button" secondary className="margin-0" aria-label={t('directDepositStaff.cancelLabel', { name })} disabled={pending} onClick={() => onCancel(c)}>
                    {t('directDepositStaff.cancel')}
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
