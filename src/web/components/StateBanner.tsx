import dotGovIcon from '@uswds/uswds/img/icon-dot-gov.svg';
import httpsIcon from '@uswds/uswds/img/icon-https.svg';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The USWDS official-site banner, for a State of California site. */
export function StateBanner() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="usa-banner" aria-label={t('banner.official')}>
      <div className="usa-accordion">
        <header className={`usa-banner__header${open ? ' usa-banner__header--expanded' : ''}`}>
          <div className="usa-banner__inner">
            <div className="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
              <p className="usa-banner__header-text">{t('banner.official')}</p>
              <p className="usa-banner__header-action">{t('banner.howToKnow')}</p>
            </div>
            <button
              type="button"
              className="usa-accordion__button usa-banner__button"
              aria-expanded={open}
              aria-controls="state-banner-content"
              onClick={() => setOpen((o) => !o)}
            >
              <span className="usa-banner__button-text">{t('banner.howToKnow')}</span>
            </button>
          </div>
        </header>
        <div className="usa-banner__content usa-accordion__content" id="state-banner-content" hidden={!open}>
          <div className="grid-row grid-gap-lg">
            <div className="usa-banner__guidance tablet:grid-col-6">
              <img className="usa-banner__icon usa-media-block__img" src={dotGovIcon} alt="" aria-hidden="true" />
              <div className="usa-media-block__body">
                <p>
                  <strong>{t('banner.domainHeading')}</strong>
                  <br />
                  {t('banner.domainText')}
                </p>
              </div>
            </div>
            <div className="usa-banner__guidance tablet:grid-col-6">
              <img className="usa-banner__icon usa-media-block__img" src={httpsIcon} alt="" aria-hidden="true" />
              <div className="usa-media-block__body">
                <p>
                  <strong>{t('banner.httpsHeading')}</strong>
                  <br />
                  {t('banner.httpsText')}
                </p>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
