import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOVERY_CODE_COUNT, type SecurityOverview } from '../../contracts/second-factors';
import { api } from '../api';
import { Alert, Checkbox } from '../components/uswds';
import { FieldError } from '../forms/FieldError';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { Done, factorCount, formatDayOf, Section } from './parts';
import { useGuardedMutation } from './reauth';
import './security.css';

interface NewCodes {
  codes: string[];
  createdAt: string;
}

export function RecoveryCodesSection({ overview, offered }: { overview: SecurityOverview; offered: boolean }) {
  const { t, i18n } = useTranslation();
  const codes = overview.recoveryCodes;
  // After the first factor, focus moves here so the offer is the next thing read.
  useEffect(() => {
    if (offered) document.getElementById('recovery-codes-heading')?.focus();
  }, [offered]);
  return (
    <Section id="recovery-codes" heading={t('security.recovery.heading')}>
        <p>{t('security.recovery.intro', { total: RECOVERY_CODE_COUNT })}</p>
        {offered && !codes && (
          <Alert type="info" headingLevel="h3" slim>
            {t('security.recovery.offer')}
          </Alert>
        )}
        <p>
          {codes
            ? t('security.recovery.remaining', { count: codes.remaining, date: formatDayOf(codes.createdAt, i18n.language) })
            : t('security.recovery.none')}
        </p>
        {factorCount(overview) === 0 && !codes ? <p>{t('security.recovery.factorFirst')}</p> : <MakeRecoveryCodes existing={codes !== null} />}
    </Section>
  );
}

/**
 * "Create recovery codes": the new set, shown this once, with Download and Print; it goes away when the person says they
 * saved it. Also the step after the first factor in AddFactor (`onFinished`).
 */
export function MakeRecoveryCodes({ existing, onFinished, notNow }: { existing: boolean; onFinished?(): void; notNow?(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<NewCodes | null>(null);
  const [saved, setSaved] = useState(false);
  const make = useGuardedMutation({
    mutationFn: () => api.secondFactors.newRecoveryCodes(),
    onSuccess: (next) => {
      setShown(next);
      setSaved(false);
      queryClient.setQueryData<SecurityOverview>(api.secondFactors.overview.key(), (old) =>
        old ? { ...old, recoveryCodes: { remaining: next.codes.length, createdAt: next.createdAt } } : old,
      );
    },
  });

  if (shown) {
    return (
      <ShownOnce
        codes={shown}
        onDone={() => {
          setShown(null);
          setSaved(true);
          onFinished?.();
        }}
      />
    );
  }
  return (
    <>
      <Done text={saved ? t('security.recovery.saved') : null} />
      {existing && <p id="recovery-new-hint">{t('security.recovery.oldStop')}</p>}
      <button
        type="button"
        className="usa-button"
        aria-describedby={existing ? 'recovery-new-hint' : undefined}
        aria-disabled={make.isPending}
        onClick={() => !make.isPending && make.mutate()}
      >
        {existing ? t('security.recovery.createNew') : t('security.recovery.create')}
      </button>
      {notNow && (
        <button type="button" className="usa-button usa-button--outline" onClick={notNow}>
          {t('security.addFactor.notNow')}
        </button>
      )}
      <ProblemAlert error={make.error} slim />
    </>
  );
}

/** The codes, once: Download (a text file made here, sent nowhere), Print, and "I saved these codes" to put them away. */
function ShownOnce({ codes, onDone }: { codes: NewCodes; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const [checked, setChecked] = useState(false);
  const [missing, setMissing] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);

  const made = formatDateTime(codes.createdAt, i18n.language);
  const download = () => {
    const text = [t('security.recovery.fileTitle'), t('security.recovery.fileMade', { date: made }), t('security.recovery.fileEach'), '', ...codes.codes, ''].join('\r\n');
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'ihss-recovery-codes.txt';
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  };
  const print = () => {
    document.body.classList.add('print-recovery-codes');
    try {
      window.print();
    } finally {
      document.body.classList.remove('print-recovery-codes');
    }
  };
  const finish = (e: FormEvent) => {
    e.preventDefault();
    if (!checked) return setMissing(true);
    onDone();
  };

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={finish}>
      <div className="recovery-codes-sheet" ref={box} tabIndex={-1} role="group" aria-labelledby="recovery-shown-heading">
        <h3 id="recovery-shown-heading">{t('security.recovery.shownHeading')}</h3>
        <Alert type="warning" headingLevel="h4" slim>
          {t('security.recovery.onlyOnce')}
        </Alert>
        <p className="print-only">{t('security.recovery.fileMade', { date: made })}</p>
        <ol className="recovery-codes" translate="no">
          {codes.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
      </div>
      <div className="usa-button-group margin-y-2">
        <button type="button" className="usa-button usa-button--outline" onClick={download}>
          {t('security.recovery.download')}
        </button>
        <button type="button" className="usa-button usa-button--outline" onClick={print}>
          {t('security.recovery.print')}
        </button>
      </div>
      <div className={`usa-form-group${missing ? ' usa-form-group--error' : ''}`}>
        <FieldError id="recovery-saved-error" error={missing ? t('security.recovery.savedRequired') : undefined} />
        <Checkbox
          id="recovery-saved"
          name="recovery-saved"
          checked={checked}
          aria-describedby={missing ? 'recovery-saved-error' : undefined}
          aria-invalid={missing ? true : undefined}
          onChange={(e) => {
            setChecked(e.target.checked);
            if (e.target.checked) setMissing(false);
          }}
          label={t('security.recovery.savedCheck')}
        />
      </div>
      <button type="submit" className="usa-button">
        {t('security.recovery.done')}
      </button>
    </form>
  );
}
