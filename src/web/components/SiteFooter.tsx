import { useTranslation } from 'react-i18next';
import { STATEWIDE_HELP_DESK } from '../contract-constants';
import { useSession } from '../session';
import { HelpDeskContact } from './HelpDeskContact';

/** The signed-in person's county help desk, or the statewide desk for everyone else. */
export function SiteFooter() {
  const { t } = useTranslation();
  const { user } = useSession();
  const helpDesk = user?.helpDesk ?? { ...STATEWIDE_HELP_DESK, statewide: true };
  return (
    <footer className="usa-footer usa-footer--slim site-footer">
      <div className="usa-footer__secondary-section">
        <div className="grid-container">
          <h2 className="site-footer__heading">{t('footer.helpHeading')}</h2>
          <HelpDeskContact helpDesk={helpDesk} countyName={user?.county?.name} headingLevel={3} />
          <p className="site-footer__agency">
            {t('footer.agency')}
            <br />
            {t('footer.program')}
          </p>
        </div>
      </div>
    </footer>
  );
}
