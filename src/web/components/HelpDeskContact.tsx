import { useTranslation } from 'react-i18next';
import type { HelpDesk } from '../../contracts/counties';
import { telHref } from './phone';

/** A help desk's phone (tap to call), email and hours, named after the county or the statewide desk. */
export function HelpDeskContact({ helpDesk, countyName, headingLevel = 2 }: { helpDesk: HelpDesk; countyName?: string | null; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const name = helpDesk.statewide || !countyName ? t('footer.statewideDesk') : t('footer.countyDesk', { county: countyName });
  return (
    <div className="help-desk">
      <Heading className="margin-top-0 margin-bottom-1">{name}</Heading>
      <dl className="help-desk__list">
        <dt>{t('helpDesk.phone')}</dt>
        <dd>
          <a href={telHref(helpDesk.phone)}>{helpDesk.phone}</a>
        </dd>
        {helpDesk.email && (
          <>
            <dt>{t('helpDesk.email')}</dt>
            <dd>
              <a href={`mailto:${helpDesk.email}`}>{helpDesk.email}</a>
            </dd>
          </>
        )}
        {helpDesk.hours && (
          <>
            <dt>{t('helpDesk.hours')}</dt>
            <dd>{helpDesk.hours}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
