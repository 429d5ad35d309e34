import { Button } from '../components/uswds';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { EnrolmentLetter } from '../../contracts/enrolment';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formatDate } from './format';
import { ProblemAlert } from '../forms/ProblemAlert';
import './console.css';
import { api } from '../api';
import { ensureLoaded } from '../i18n';

/** The enrolment letter, ready to print and post: in the provider's language, whatever the worker reads. */
export function LetterPage() {
  const { t } = useTranslation();
  const { providerId = '' } = useParams();
  const justEnrolled = (useLocation().state as { justEnrolled?: boolean } | null)?.justEnrolled === true;
  usePageTitle(t('letter.title', { providerId }));
  const letter = useQuery(api.enrolment.letter.query({ params: { providerId } }));
  return (
    <>
      <div className="no-print">
        <p>
          <Link to="/staff/enrolments">{t('enrol.listTitle')}</Link>
        </p>
        <h1>{t('letter.title', { providerId })}</h1>
        {justEnrolled && (
          <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t('letter.enrolled', { providerId })}</p>
            </div>
          </div>
        )}
        <p>{t('letter.printIntro')}</p>
        <Button type="button" onClick={() => window.print()}>
          {t('letter.print')}
        </Button>
      </div>
      {letter.isPending && <Loading />}
      <ProblemAlert error={letter.error} slim />
      {letter.data && <LetterInItsLanguage letter={letter.data} />}
    </>
  );
}

/** The letter once its language's words are here: they load on their own when the screen reads another language. */
function LetterInItsLanguage({ letter }: { letter: EnrolmentLetter }) {
  const words = useQuery({ queryKey: ['language', letter.language], queryFn: () => ensureLoaded(letter.language).then(() => true), staleTime: Infinity });
  if (words.isPending) return <Loading />;
  if (words.isError) return <ProblemAlert error={words.error} slim />;
  return <Letter letter={letter} />;
}

function Letter({ letter }: { letter: EnrolmentLetter }) {
  const { i18n } = useTranslation();
  // The letter's own language, which may differ from the screen's.
  const t = i18n.getFixedT(letter.language);
  const lang = letter.language;
  const needs: Record<EnrolmentLetter['createAccount']['youWillNeed'][number], string> = {
    providerId: t('letter.needProviderId', { providerId: letter.providerId }),
    lastName: t('letter.needLastName'),
    dateOfBirth: t('letter.needDateOfBirth'),
    ssnLast4: t('letter.needSsnLast4'),
    email: t('letter.needEmail'),
  };
  const address = letter.mailingAddress;
  // Printed as an address to type, never as a link: a letter must not teach people to follow sign-in links.
  const portalAddress = `${window.location.host}${letter.createAccount.path}`;
  return (
    <article className="letter" lang={lang} aria-label={t('letter.label')}>
      <header className="letter__head">
        <p className="letter__from">
          <strong>{t('letter.from', { county: letter.county.name })}</strong>
          <br />
          {formatDate(letter.enrolledOn, lang)}
        </p>
        {address && (
          <address className="letter__to">
            {letter.firstName} {letter.lastName}
            <br />
            {address.street}
            {address.unit && <> {address.unit}</>}
            <br />
            {address.city}, {address.state} {address.zip}
          </address>
        )}
      </header>
      <h2>{t('letter.heading')}</h2>
      <p>{t('letter.greeting', { name: `${letter.firstName} ${letter.lastName}` })}</p>
      <p>{t('letter.welcome', { county: letter.county.name })}</p>
      <p className="letter__id">
        {t('letter.yourId')} <strong className="letter__id-value">{letter.providerId}</strong>
      </p>
      <p>{t('letter.notSsn')}</p>
      <h3>{t('letter.createHeading')}</h3>
      <ol className="usa-list">
        <li>
          {t('letter.goTo')} <strong className="letter__address">{portalAddress}</strong>
        </li>
        <li>
          {t('letter.enterThese')}
          <ul className="usa-list">
            {letter.createAccount.youWillNeed.map((need) => (
              <li key={need}>{needs[need]}</li>
            ))}
          </ul>
        </li>
        <li>{t('letter.choosePassword')}</li>
      </ol>
      <h3>{t('letter.stepsHeading')}</h3>
      <ul className="usa-list">
        <li>{t('letter.orientationDone', { date: formatDate(letter.steps.orientationCompletedOn, lang) })}</li>
        <li>{t('letter.backgroundDone', { date: formatDate(letter.steps.backgroundCheckClearedOn, lang) })}</li>
      </ul>
      <p>
        <strong>{t('letter.neverAsks')}</strong>
      </p>
      <h3>{t('letter.helpHeading')}</h3>
      <p>
        {letter.helpDesk.statewide ? t('letter.statewideDesk') : t('letter.countyDesk', { county: letter.county.name })}
        <br />
        {t('letter.phone', { phone: letter.helpDesk.phone })}
        {letter.helpDesk.email && (
          <>
            <br />
            {t('letter.email', { email: letter.helpDesk.email })}
          </>
        )}
        {letter.helpDesk.hours && (
          <>
            <br />
            {t('letter.hours', { hours: letter.helpDesk.hours })}
          </>
        )}
      </p>
    </article>
  );
}
