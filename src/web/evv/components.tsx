import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvvRecordView } from '../../contracts/evv';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatTime } from '../i18n/format';
import { useSession } from '../session';
import { formatElapsed, useNow } from './format';
import { dismissTap, sendWaitingTaps, useQueuedTaps, useTap } from './outbox';
import type { QueuedTap } from './queue';
import type { OpenVisit } from './state';
import './workday.css';

function tapLine(tap: QueuedTap, t: (key: string, values: Record<string, string>) => string, lang: string) {
  const values = { time: formatTime(tap.body.tappedAt, lang), name: tap.recipientName };
  return tap.kind === 'check-in' ? t('evv.waitingCheckIn', values) : t('evv.waitingCheckOut', values);
}

/**
 * What is still on the phone: taps waiting for signal (a status region always in the page, empty when there is
 * nothing, so screen readers hear changes), and taps the server refused, each an alert with its reason until the
 * provider has read it.
 */
export function WaitingTaps({ headingLevel = 2, userId }: { headingLevel?: 2 | 3; userId?: number }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const taps = useQueuedTaps(userId);
  const waiting = taps.filter((tap) => !tap.refusal);
  const refused = taps.filter((tap) => tap.refusal);
  return (
    <div className="evv-outbox">
      <div role="status">
        {waiting.length > 0 && (
          <div className="usa-alert usa-alert--warning usa-alert--slim">
            <div className="usa-alert__body">
              <Heading className="usa-alert__heading">{t('evv.waitingHeading')}</Heading>
              <ul className="usa-list">
                {waiting.map((tap) => (
                  <li key={tap.key}>
                    {tapLine(tap, t, i18n.language)}
                    {tap.locating && <> ({t('evv.waitingLocation')})</>}
                  </li>
                ))}
              </ul>
              <p className="usa-alert__text">{t('evv.waitingIntro')}</p>
              <button type="button" className="usa-button usa-button--outline" onClick={sendWaitingTaps}>
                {t('evv.sendNow')}
              </button>
            </div>
          </div>
        )}
      </div>
      {refused.map((tap) => (
        <ProblemAlert key={tap.key} problem={tap.refusal} heading={{ level: headingLevel, text: `${t('evv.refusedHeading')}: ${tapLine(tap, t, i18n.language)}` }} slim>
          <button type="button" className="usa-button usa-button--unstyled" onClick={() => void dismissTap(tap.key)}>
            {t('evv.dismiss')}
          </button>
        </ProblemAlert>
      ))}
    </div>
  );
}

/**
 * The visit in progress: with whom, since when and for how long, and the button that ends it. The check-out is the
 * signed-in person's, or `userId`'s where no one is (the last known visits, offline).
 */
export function OpenVisitPanel({
  open,
  onCheckedOut,
  headingLevel = 2,
  userId: given,
}: {
  open: OpenVisit;
  onCheckedOut: (message: string) => void;
  headingLevel?: 2 | 3;
  userId?: number;
}) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const userId = given ?? user?.id;
  const now = useNow();
  const checkOut = useTap('check-out', ({ tappedAt, recipientName }) => onCheckedOut(t('evv.checkedOutAt', { name: recipientName, time: formatTime(tappedAt, i18n.language) })));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const elapsed = formatElapsed((now - Date.parse(open.since)) / 60_000, i18n.language);
  return (
    <div className="evv-open">
      <Heading className="margin-top-0">{t('evv.openHeading')}</Heading>
      <p>{t('evv.openSince', { name: open.recipientName, time: formatTime(open.since, i18n.language), elapsed })}</p>
      {open.pending && <p className="usa-hint">{t('evv.openPending')}</p>}
      <button
        type="button"
        className="usa-button usa-button--big evv-tap"
        disabled={checkOut.isPending || userId === undefined}
        onClick={() => checkOut.record({ userId: userId!, caseNumber: open.caseNumber, recipientName: open.recipientName, locationType: open.locationType })}
      >
        {checkOut.isPending ? t('evv.saving') : t('evv.checkOut')}
      </button>
    </div>
  );
}

/** A confirmation of the last tap, announced politely; empty until there is one. */
export function TapDone({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message && (
        <div className="usa-alert usa-alert--success usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{message}</p>
          </div>
        </div>
      )}
    </div>
  );
}

const LOCATION_WORDS = {
  captured: 'evv.locationCaptured',
  refused: 'evv.locationRefused',
  unavailable: 'evv.locationUnavailable',
  not_required: 'evv.locationNotRequired',
} as const;

/** One EVV record in a line: its times, recipient, place and what became of the location. */
export function RecordLine({ record }: { record: EvvRecordView }) {
  const { t, i18n } = useTranslation();
  const name = `${record.recipient.firstName} ${record.recipient.lastName}`;
  const start = record.checkInAt ? formatTime(record.checkInAt, i18n.language) : '';
  const end = record.checkOutAt ? formatTime(record.checkOutAt, i18n.language) : '';
  const times = !record.checkInAt
    ? t('evv.recordNoCheckIn', { end, name })
    : record.checkOutAt
      ? t('evv.recordClosed', { start, end, name })
      : record.flags.includes('missing_check_out')
        ? t('evv.recordNoCheckOut', { start, name })
        : t('evv.recordOpen', { start, name });
  return (
    <>
      {times}
      <br />
      <span className="usa-hint">
        {record.locationType === 'home' ? t('evv.home') : t('evv.community')}, {t(LOCATION_WORDS[record.locationStatus])}
        {record.edit && <>. {t('evv.edited', { reason: record.edit.reason })}</>}
      </span>
    </>
  );
}

/** The way to the corrections page, when a record needs one. */
export function FixesLink({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <p>
      <Link to="/timekeeping/fixes">{t('evv.fixesLink', { count })}</Link>
    </p>
  );
}
