import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttentionItem } from '../../contracts/dashboard';
import { StoryReasons } from '../claims/ClaimStory';
import { formatSpan } from '../timesheets/format';

/**
 * "Needs your attention" for a returned timesheet: who sent it back (the recipient, or the county by name), why (the
 * recipient's reason, or the county's reasons in words and its note), and a link that opens the correction itself.
 */
export function ReturnedItem({ item }: { item: AttentionItem }) {
  const { t, i18n } = useTranslation();
  const name = item.recipient ? `${item.recipient.firstName} ${item.recipient.lastName}` : '';
  const span = item.payPeriod ? formatSpan(item.payPeriod.start, item.payPeriod.end, i18n.language) : '';
  const byCounty = item.returnedBy === 'county';
  const who = byCounty
    ? item.countyName
      ? t('attention.deniedByCounty', { county: item.countyName, name, span })
      : t('attention.deniedByCountyNoName', { name, span })
    : t('attention.returnedByRecipient', { name, span });
  return (
    <>
      <strong>{who}</strong>
      {item.reason && (
        <>
          <br />
          {byCounty ? t('story.countyNote', { note: item.reason }) : t('story.recipientReason', { reason: item.reason })}
        </>
      )}
      <StoryReasons reasons={item.reasons} />
      {item.timesheetId !== null && (
        <Link className="usa-button margin-top-1" to={`/claims/${item.timesheetId}/correct`}>
          {t('attention.correctLink', { name })}
        </Link>
      )}
    </>
  );
}
