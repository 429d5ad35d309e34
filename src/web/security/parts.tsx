import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityOverview } from '../../contracts/second-factors';
import { CALIFORNIA_TIME_ZONE } from '../../domain/california-time';
import { api } from '../api';
import { Alert, Button } from '../components/uswds';
import { localeOf } from '../i18n';
import { dateFormat } from '../i18n/intl';

/** The day of an instant as people in California read it ("Mar 2, 2026"). */
export function formatDayOf(iso: string, lang: string): string {
  return dateFormat(localeOf(lang), { timeZone: CALIFORNIA_TIME_ZONE, year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso));
}

/** Keeps the account's factors as the server last answered them: every change answers with the whole overview. */
export function useStoreOverview() {
  const queryClient = useQueryClient();
  return (next: SecurityOverview) => queryClient.setQueryData(api.secondFactors.overview.key(), next);
}

/** How many second factors the account has (recovery codes are a way back, not a factor of their own). */
export const factorCount = (o: SecurityOverview) => o.passkeys.length + (o.authenticatorApp ? 1 : 0) + (o.textMessages ? 1 : 0);

/** One section of the page, named by its heading. */
export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="margin-top-5 border-top-05 border-primary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** A success message in a live region that is always present, so screen readers announce it when it appears. */
export function Done({ text }: { text: string | null }) {
  return (
    <div role="status">
      {text && (
        <Alert type="success" headingLevel="h3" slim className="margin-y-2">
          {text}
        </Alert>
      )}
    </div>
  );
}

/**
 * "Remove", then "Remove it" or "Keep it": taking a way to sign in away is asked twice. The question takes focus when it
 * appears; "Keep it" gives focus back to "Remove".
 */
export function RemoveButton({ what, pending, onRemove }: { what: string; pending: boolean; onRemove(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) first.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      // Named with its visible word first (WCAG 2.5.3), then what it removes, as several sit on one page.
      <button type="button" className="usa-button usa-button--outline" ref={first} aria-label={`${t('security.remove')} ${what}`} aria-disabled={pending} onClick={() => !pending && setAsking(true)}>
        {t('security.remove')}
      </button>
    );
  }
  return (
    <div className="margin-top-1" role="group" aria-labelledby={`${id}-question`} ref={question} tabIndex={-1}>
      <p className="margin-top-0" id={`${id}-question`}>
        {t('security.removeQuestion', { what })}
      </p>
      <Button
        type="button"
        secondary
        onClick={() => {
          onRemove();
          setAsking(false);
        }}
      >
        {t('security.removeConfirm')}
      </Button>
      <Button type="button" outline onClick={() => setAsking(false)}>
        {t('security.keep')}
      </Button>
    </div>
  );
}
