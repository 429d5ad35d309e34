import { Button } from '../../components/uswds';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QUEUE_PAGE } from '../../contract-constants';
import { PageLead } from '../../components/lazyPage';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/TextField';
import { useSession } from '../../session';
import { formatSpan } from '../../timesheets/format';
import { FilteredResults } from '../FilteredResults';
import { NextPageButton } from '../NextPageButton';
import { ProviderIdFilter } from '../ProviderIdFilter';
import { useUrlFilters } from '../useUrlFilters';
import { PayRunPanel } from './PayRunPanel';
import { QUEUE_REASONS, useQueueReasonText } from './reasons';
import { queueQuery } from './data';
import { useAgeText } from './text';

const FIELDS = [
  ['reason', 'queue-reason'],
  ['minAgeDays', 'queue-min-age'],
  ['provider', 'queue-provider'],
  ['onHold', 'queue-on-hold'],
] as const;

/** County payroll staff: the county's queue, oldest first (`escalated`: the supervisor's view). */
export function ReviewQueuePage({ escalated = false }: { escalated?: boolean }) {
  const { t, i18n } = useTranslation();
  const title = escalated ? t('countyReview.escalatedTitle') : t('countyReview.title');
  usePageTitle(title);
  const { user } = useSession();
  const { draft, set, apply, form, filters } = useUrlFilters(FIELDS, () => import('../../../contracts/claims').then((m) => m.reviewQueueQuery));
  const reasonText = useQueueReasonText();
  const ageText = useAgeText();
  const list = useInfiniteQuery(queueQuery(escalated, filters));
  const shown = list.data?.pages.reduce((n, p) => n + p.items.length, 0) ?? 0;


  return (
    <>
      <PageLead>
        {escalated && (
          <p>
            <Link to="/staff/review">{t('countyReview.backToQueue')}</Link>
          </p>
        )}
        <h1>{title}</h1>
        <p>{escalated ? t('countyReview.escalatedIntro') : t('countyReview.intro')}</p>
        {!escalated && user?.role === 'county_admin' && (
          <p>
            <Link to="/staff/review/escalated">{t('countyReview.escalatedLink')}</Link>
            <br />
            <span className="usa-hint">{t('countyReview.escalatedHint')}</span>
          </p>
        )}
        <form className="usa-form" onSubmit={apply} noValidate aria-labelledby="queue-filters">
          <h2 id="queue-filters">{t('countyReview.filtersHeading')}</h2>
          <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
          <label className="usa-label" htmlFor="queue-reason">
            {t('countyReview.reasonLabel')}
          </label>
          <select id="queue-reason" className="usa-select" value={draft.reason} onChange={set('reason')}>
            <option value="">{t('countyReview.anyReason')}</option>
            {QUEUE_REASONS.map((code) => (
              <option key={code} value={code}>
                {reasonText(code)}
              </option>
            ))}
          </select>
          <TextField
            id="queue-min-age"
            label={t('countyReview.minAgeLabel')}
            hint={t('countyReview.minAgeHint')}
            inputMode="numeric"
            inputClassName="usa-input--small"
            value={draft.minAgeDays}
            onChange={set('minAgeDays')}
            error={form.errorOf('minAgeDays')}
          />
          <ProviderIdFilter id="queue-provider" value={draft.provider} onChange={set('provider')} error={form.errorOf('provider')} />
          <label className="usa-label" htmlFor="queue-on-hold">
            {t('countyReview.holdLabel')}
          </label>
          <select id="queue-on-hold" className="usa-select" value={draft.onHold} onChange={set('onHold')}>
            <option value="">{t('countyReview.holdAny')}</option>
            <option value="true">{t('countyReview.holdOnly')}</option>
            <option value="false">{t('countyReview.holdNone')}</option>
          </select>
          <Button type="submit" className="margin-top-2" outline>
            {t('countyReview.apply')}
          </Button>
        </form>
      </PageLead>
      <FilteredResults
        query={list}
        count={(d) => d.pages[0]?.total ?? 0}
        shownText={(count) => (shown < count ? t('countyReview.shownOf', { shown, count }) : t('countyReview.shown', { count }))}
        emptyText={t('countyReview.empty')}
      >
        {(d) => (
          <ul className="usa-list usa-list--unstyled console-tools">
            {d.pages.flatMap((p) => p.items).map((item) => (
              <li key={item.timesheetId}>
                <h2 className="font-sans-md margin-y-05">
                  <Link to={`/staff/review/${item.timesheetId}`}>
                    {t('countyReview.itemLink', {
                      provider: `${item.provider.firstName} ${item.provider.lastName} (${item.provider.providerId})`,
                      recipient: `${item.recipient.firstName} ${item.recipient.lastName}`,
                      period: formatSpan(item.payPeriod.start, item.payPeriod.end, i18n.language),
                    })}
                  </Link>
                </h2>
                <p className="margin-y-05">
                  {ageText(item.ageBusinessDays)}
                  {item.escalated && (
                    <>
                      {' · '}
                      <strong>{t('countyReview.escalated')}</strong>
                    </>
                  )}
                  {item.onHold && (
                    <>
                      {' · '}
                      <strong>{t('countyReview.onHold')}</strong>
                    </>
                  )}
                </p>
                <p className="margin-y-05">
                  {t('countyReview.reasonsLabel')}: {item.reasonCodes.map(reasonText).join('; ')}
                </p>
                {item.holdNote && <p className="margin-y-05">{t('countyReview.holdNoteShown', { note: item.holdNote })}</p>}
              </li>
            ))}
          </ul>
        )}
      </FilteredResults>
      <NextPageButton query={list} label={t('countyReview.more', { count: QUEUE_PAGE })} loading={t('countyReview.loadingMore')} />
      {!escalated && <PayRunPanel />}
    </>
  );
}
