import { useTranslation } from 'react-i18next';
import type { ClaimEvent } from '../../contracts/claims';

/**
 * What a timeline step says beyond its action, in the reader's language: which version replaced it, the payment's
 * number, and a person's own note, quoted. The server sends only notes people wrote for this reader (never the
 * portal's), so nothing here is shown in another language than the reader's except a person's own words. Used by the
 * provider's claim timeline and the county's review item alike.
 */
export function EventNotes({ event, className }: { event: Pick<ClaimEvent, 'note' | 'replacedByVersion' | 'paymentNumber'>; className: string }) {
  const { t } = useTranslation();
  return (
    <>
      {event.replacedByVersion !== null && <p className={className}>{t('claims.eventNote.replacedBy', { version: event.replacedByVersion })}</p>}
      {event.paymentNumber !== null && <p className={className}>{t('claims.eventNote.paymentNumber', { number: event.paymentNumber })}</p>}
      {event.note !== null && <p className={className}>{t('claims.eventNote.note', { note: event.note })}</p>}
    </>
  );
}
