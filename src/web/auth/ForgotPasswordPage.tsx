import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../components/Loading';
import { AnswersStep } from './reset/AnswersStep';
import { CodeStep } from './reset/CodeStep';
import { NewPasswordStep } from './reset/NewPasswordStep';
import { StartStep, type ResetRequest, type ResetStarted } from './reset/StartStep';
import { StepProgress } from '../components/StepProgress';
import { usePageTitle } from '../components/usePageTitle';
import { api } from '../api';

/**
 * "Forgot password?": by an emailed code, or by security questions where the county allows them (or when
 * no county is known, since the server decides per account). The flow token stays in this page's memory.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const [params] = useSearchParams();
  const slug = params.get('county');
  const county = useQuery({ ...api.counties.get.query({ params: { slug: slug ?? '' } }), enabled: !!slug });
  const [started, setStarted] = useState<{ flow: ResetStarted; request: ResetRequest } | null>(null);
  const [verified, setVerified] = useState(false);
  const [done, setDone] = useState(false);

  if (done) return <ResetDone />;

  const steps = [t('reset.stepFind'), t('reset.stepConfirm'), t('reset.choosePassword')];
  const current = !started ? 0 : !verified ? 1 : 2;
  const questionsOffered = !slug || county.isError || county.data?.policy.securityQuestionsAllowed === true;

  return (
    <div className="page-narrow">
      <h1>{t('reset.title')}</h1>
      {current === 0 && <p>{t('reset.intro')}</p>}
      <StepProgress labels={steps} current={current} />
      {!started && (slug && county.isPending ? <Loading /> : <StartStep questionsOffered={questionsOffered} onStarted={(flow, request) => setStarted({ flow, request })} />)}
      {started && !verified && started.flow.method === 'email' && (
        <CodeStep
          flowToken={started.flow.flowToken}
          request={started.request}
          onRestarted={(flow) => setStarted({ flow, request: started.request })}
          onDone={() => setVerified(true)}
        />
      )}
      {started && !verified && started.flow.method === 'questions' && (
        <AnswersStep flowToken={started.flow.flowToken} questions={started.flow.questions ?? []} onDone={() => setVerified(true)} />
      )}
      {started && verified && <NewPasswordStep flowToken={started.flow.flowToken} onDone={() => setDone(true)} />}
      {started && (
        <p className="margin-top-4">
          <button
            type="button"
            className="usa-button usa-button--unstyled"
            onClick={() => {
              setStarted(null);
              setVerified(false);
            }}
          >
            {t('app.startOver')}
          </button>
        </p>
      )}
    </div>
  );
}

function ResetDone() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The address stays the same, so focus is moved here by hand for screen readers to hear the outcome.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="page-narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t('reset.doneHeading')}
      </h1>
      <ul className="usa-list">
        <li>{t('reset.doneLifted')}</li>
        <li>{t('reset.doneSignedOut')}</li>
        <li>{t('reset.doneEmail')}</li>
      </ul>
      <p>
        <Link className="usa-button" to="/sign-in">
          {t('reset.signIn')}
        </Link>
      </p>
    </div>
  );
}
