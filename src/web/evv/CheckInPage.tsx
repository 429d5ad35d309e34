import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLead } from '../components/lazyPage';
import { Loading } from '../components/Loading';
import { RadioTiles } from '../components/RadioTiles';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import type { FieldIssues } from '../forms/issues';
import { useFormProblems } from '../forms/useFormProblems';
import { formatTime } from '../i18n/format';
import { useSession } from '../session';
import { FixesLink, OpenVisitPanel, RecordLine, TapDone, WaitingTaps } from './components';
import { useTap } from './outbox';
import { fullName, liveInCases, LiveInNotice } from './LiveInNotice';
import { checkInCases, useCases, useEvvState, useOpenVisit, useTodayRecords } from './state';

/** Check in (whom, Home or Community) or check out of the open visit; what waits to be sent; today's records. */
export function CheckInPage() {
  const { t } = useTranslation();
  usePageTitle(t('evv.title'));
  const { user } = useSession();
  const [params] = useSearchParams();
  const cases = useCases();
  const state = useEvvState();
  const { open, loaded } = useOpenVisit();
  const [done, setDone] = useState<string | null>(null);

  const all = cases.data?.cases ?? [];
  const eligible = checkInCases(all);
  return (
    <>
      <PageLead>
        <h1>{t('evv.title')}</h1>
        <p className="usa-intro">{t('evv.intro')}</p>
      </PageLead>
      <TapDone message={done} />
      <WaitingTaps />
      {!cases.data || !loaded ? (
        <Loading />
      ) : open ? (
        <OpenVisitPanel open={open} onCheckedOut={setDone} />
      ) : eligible.length > 0 ? (
        <CheckInForm
          recipients={eligible.map((c) => ({ caseNumber: c.caseNumber, name: fullName(c) }))}
          userId={user!.id}
          preset={params.get('case')}
          onCheckedIn={setDone}
        />
      ) : (
        liveInCases(all).length === 0 && <p>{t('evv.noRecipients')}</p>
      )}
      <LiveInNotice cases={all} />
      <FixesLink count={state.data?.needsFix.length ?? 0} />
      <TodayRecords />
    </>
  );
}

const FIELDS = [
  ['caseNumber', 'evv-recipient'],
  ['locationType', 'evv-place'],
] as const;

export interface CheckInRecipient {
  caseNumber: string;
  name: string;
}

/** Whom and where, then the tap, made for `userId`: from the check-in page, or from the last known visits offline. */
export function CheckInForm({
  recipients,
  userId,
  preset,
  onCheckedIn,
}: {
  recipients: readonly CheckInRecipient[];
  userId: number;
  preset: string | null;
  onCheckedIn: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const only = recipients.length === 1 ? recipients[0]!.caseNumber : '';
  const [caseNumber, setCaseNumber] = useState(recipients.some((c) => c.caseNumber === preset) ? preset! : only);
  const [place, setPlace] = useState('');
  const checkIn = useTap('check-in', ({ tappedAt, recipientName }) => onCheckedIn(t('evv.checkedInAt', { name: recipientName, time: formatTime(tappedAt, i18n.language) })));
  // The summary links to the first tile of each group, which is what can take focus.
  const fields = FIELDS.map(([path, id]) => [path, path === 'caseNumber' ? `${id}-${recipients[0]!.caseNumber}` : `${id}-home`] as const);
  const problems = useFormProblems(fields);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldIssues = {};
    if (!caseNumber) found.caseNumber = { code: 'recipientRequired', message: t('evv.recipientRequired') };
    if (place !== 'home' && place !== 'community') found.locationType = { code: 'locationTypeRequired' };
    if (Object.keys(found).length > 0) {
      problems.invalid(found);
      return;
    }
    problems.clear();
    const chosen = recipients.find((c) => c.caseNumber === caseNumber)!;
    checkIn.record({ userId, caseNumber, recipientName: chosen.name, locationType: place as 'home' | 'community' });
  };

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
      <h2>{t('evv.checkInHeading')}</h2>
      <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
      <RadioTiles
        id="evv-recipient"
        legend={t('evv.recipientLegend')}
        options={recipients.map((c) => ({ value: c.caseNumber, label: c.name }))}
        value={caseNumber}
        onChange={(v) => {
          setCaseNumber(v);
          problems.setField('caseNumber', undefined);
        }}
        error={problems.errorOf('caseNumber')}
      />
      <RadioTiles
        id="evv-place"
        legend={t('evv.placeLegend')}
        options={[
          { value: 'home', label: t('evv.home'), hint: t('evv.homeHint') },
          { value: 'community', label: t('evv.community'), hint: t('evv.communityHint') },
        ]}
        value={place}
        onChange={(v) => {
          setPlace(v);
          problems.setField('locationType', undefined);
        }}
        error={problems.errorOf('locationType')}
      />
      <p className="usa-hint">{t('evv.locationNote')}</p>
      <button type="submit" className="usa-button usa-button--big evv-tap" disabled={checkIn.isPending}>
        {checkIn.isPending ? t('evv.saving') : t('evv.checkIn')}
      </button>
    </form>
  );
}

function TodayRecords() {
  const { t } = useTranslation();
  const records = useTodayRecords();
  if (!records.data) return null;
  return (
    <section aria-labelledby="evv-today">
      <h2 id="evv-today">{t('evv.recordsHeading')}</h2>
      {records.data.records.length === 0 ? (
        <p>{t('evv.recordsEmpty')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled evv-records">
          {records.data.records.map((record) => (
            <li key={record.id}>
              <RecordLine record={record} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
