import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { totpCodeRequest, type SecurityOverview } from '../../contracts/second-factors';
import { api } from '../api';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { Done, formatDayOf, RemoveButton, Section, useStoreOverview } from './parts';
import { useGuardedMutation } from './reauth';

const CODE_FIELDS = [['code', 'totp-code']] as const;

/** The key in groups of four, as people read it aloud or type it: "JBSW Y3DP EHPK 3PXP". */
export const groupedKey = (key: string) => key.replace(/\s/g, '').match(/.{1,4}/g)?.join(' ') ?? key;

/** The QR code the server drew, as an image: an SVG in a data address runs no script and needs no other request. */
export const svgImage = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export function AuthenticatorAppSection({ overview, onAdded }: { overview: SecurityOverview; onAdded(next: SecurityOverview): void }) {
  const { t, i18n } = useTranslation();
  const store = useStoreOverview();
  const remove = useGuardedMutation({ mutationFn: () => api.secondFactors.removeTotp(), onSuccess: store });
  const app = overview.authenticatorApp;
  return (
    <Section id="authenticator-app" heading={t('security.app.heading')}>
      <p>{t('security.app.intro')}</p>
      <Done text={remove.isSuccess && !app ? t('security.app.removed') : null} />
      <ProblemAlert error={remove.error} slim />
      {app ? (
        <>
          <p>{t('security.app.on', { date: formatDayOf(app.addedAt, i18n.language) })}</p>
          <RemoveButton what={t('security.app.what')} pending={remove.isPending} onRemove={() => remove.mutate()} />
        </>
      ) : (
        <SetUpAuthenticatorApp onAdded={onAdded} />
      )}
    </Section>
  );
}

/** "Set up an authenticator app": a new key as a QR code and as text, then the app's first code. Also a choice of AddFactor. */
export function SetUpAuthenticatorApp({ onAdded, startOpen = false }: { onAdded(next: SecurityOverview): void; startOpen?: boolean }) {
  const { t } = useTranslation();
  const store = useStoreOverview();
  const problems = useFormProblems(CODE_FIELDS);
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState(false);
  const start = useGuardedMutation({ mutationFn: () => api.secondFactors.startTotp() });
  const confirm = useGuardedMutation({
    mutationFn: (body: { code: string }) => api.secondFactors.confirmTotp({ body }),
    onSuccess: (next) => {
      store(next);
      start.reset();
      setCode('');
      onAdded(next);
    },
    onError: problems.failed,
  });
  const setup = start.data;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (confirm.isPending) return;
    const checked = check(totpCodeRequest, { code });
    if ('issues' in checked) return problems.invalid(checked.issues);
    problems.clear();
    confirm.mutate(checked.data);
  };

  const copy = () => {
    if (!setup) return;
    void navigator.clipboard?.writeText(setup.key).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  if (!setup) {
    return (
      <>
        {startOpen && <p>{t('security.app.intro')}</p>}
        <button type="button" className="usa-button" aria-disabled={start.isPending} onClick={() => !start.isPending && start.mutate()}>
          {t('security.app.setUp')}
        </button>
        <ProblemAlert error={start.error} slim />
      </>
    );
  }

  return (
    <form className="usa-form" noValidate onSubmit={submit}>
      <h3>{t('security.app.scanHeading')}</h3>
      <ol className="usa-list">
        <li>{t('security.app.stepOpen')}</li>
        <li>{t('security.app.stepScan')}</li>
        <li>{t('security.app.stepCode')}</li>
      </ol>
      <img src={svgImage(setup.qrSvg)} alt={t('security.app.qrAlt')} width={200} height={200} className="display-block margin-y-2 bg-white" />
      <p>{t('security.app.keyIntro')}</p>
      <p>
        <code className="font-mono-md text-bold" translate="no">
          {groupedKey(setup.key)}
        </code>
      </p>
      <button type="button" className="usa-button usa-button--outline" onClick={copy}>
        {t('security.app.copy')}
      </button>
      <div role="status">{copied && <p>{t('security.app.copied')}</p>}</div>
      <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
      <TextField
        id="totp-code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        inputClassName="usa-input--small"
        label={t('security.app.codeLabel')}
        hint={t('security.codeHint')}
        value={code}
        error={problems.errorOf('code')}
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" className="usa-button" aria-disabled={confirm.isPending}>
        {t('security.app.confirm')}
      </button>
      <button
        type="button"
        className="usa-button usa-button--outline"
        onClick={() => {
          start.reset();
          problems.clear();
          setCode('');
        }}
      >
        {t('security.cancel')}
      </button>
    </form>
  );
}
