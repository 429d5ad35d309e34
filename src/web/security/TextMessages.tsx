import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { smsCodeRequest, startTextRequest, type SecurityOverview } from '../../contracts/second-factors';
import { api } from '../api';
import { Alert } from '../components/uswds';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { formatTime } from '../i18n/format';
import { Done, formatDayOf, RemoveButton, Section, useStoreOverview } from './parts';
import { useGuardedMutation } from './reauth';

const PHONE_FIELDS = [['phone', 'text-phone']] as const;
const CODE_FIELDS = [['code', 'text-code']] as const;

/** Why text messages come last (NIST SP 800-63B rev 4 restricts codes sent to a phone): said wherever they are offered. */
export function WeakestNote() {
  const { t } = useTranslation();
  return (
    <Alert type="warning" headingLevel="h3" slim>
      {t('security.text.weakest')}
    </Alert>
  );
}

export function TextMessagesSection({ overview, onAdded }: { overview: SecurityOverview; onAdded(next: SecurityOverview): void }) {
  const { t, i18n } = useTranslation();
  const store = useStoreOverview();
  const remove = useGuardedMutation({ mutationFn: () => api.secondFactors.removeText(), onSuccess: store });
  const text = overview.textMessages;
  return (
    <Section id="text-messages" heading={t('security.text.heading')}>
      <WeakestNote />
      <Done text={remove.isSuccess && !text ? t('security.text.removed') : null} />
      <ProblemAlert error={remove.error} slim />
      {text ? (
        <>
          <p>{t('security.text.on', { phone: text.phone, date: formatDayOf(text.addedAt, i18n.language) })}</p>
          <RemoveButton what={t('security.text.what')} pending={remove.isPending} onRemove={() => remove.mutate()} />
        </>
      ) : (
        <SetUpTextMessages onAdded={onAdded} />
      )}
    </Section>
  );
}

/** A phone number, a code texted to it, and the code typed back: the phone is verified before it is used. */
export function SetUpTextMessages({ onAdded, startOpen = false }: { onAdded(next: SecurityOverview): void; startOpen?: boolean }) {
  const { t, i18n } = useTranslation();
  const store = useStoreOverview();
  const phoneProblems = useFormProblems(PHONE_FIELDS);
  const codeProblems = useFormProblems(CODE_FIELDS);
  const [open, setOpen] = useState(startOpen);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const send = useGuardedMutation({
    mutationFn: (body: { phone: string }) => api.secondFactors.startText({ body }),
    onError: phoneProblems.failed,
  });
  const confirm = useGuardedMutation({
    mutationFn: (body: { code: string }) => api.secondFactors.confirmText({ body }),
    onSuccess: (next) => {
      store(next);
      send.reset();
      setCode('');
      setPhone('');
      setOpen(startOpen);
      onAdded(next);
    },
    onError: codeProblems.failed,
  });

  const sendCode = (e: FormEvent) => {
    e.preventDefault();
    if (send.isPending) return;
    const checked = check(startTextRequest, { phone });
    if ('issues' in checked) return phoneProblems.invalid(checked.issues);
    phoneProblems.clear();
    send.mutate(checked.data);
  };

  const confirmCode = (e: FormEvent) => {
    e.preventDefault();
    if (confirm.isPending) return;
    const checked = check(smsCodeRequest, { code });
    if ('issues' in checked) return codeProblems.invalid(checked.issues);
    codeProblems.clear();
    confirm.mutate(checked.data);
  };

  const startOver = () => {
    send.reset();
    codeProblems.clear();
    setCode('');
    setOpen(startOpen);
  };

  if (!open) {
    return (
      <button type="button" className="usa-button usa-button--outline" onClick={() => setOpen(true)}>
        {t('security.text.setUp')}
      </button>
    );
  }

  if (send.data) {
    return (
      <form className="usa-form" noValidate onSubmit={confirmCode}>
        <div role="status">
          <p>{t('security.text.sent', { phone: send.data.sentTo, time: formatTime(send.data.expiresAt, i18n.language) })}</p>
        </div>
        <ErrorSummary items={codeProblems.summary} focusSignal={codeProblems.focusSignal} />
        <TextField
          id="text-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          inputClassName="usa-input--small"
          label={t('security.text.codeLabel')}
          hint={t('security.codeHint')}
          value={code}
          error={codeProblems.errorOf('code')}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="usa-button" aria-disabled={confirm.isPending}>
          {t('security.text.confirm')}
        </button>
        <button type="button" className="usa-button usa-button--outline" onClick={startOver}>
          {t('security.text.otherNumber')}
        </button>
      </form>
    );
  }

  return (
    <form className="usa-form" noValidate onSubmit={sendCode}>
      {startOpen && <WeakestNote />}
      <ErrorSummary items={phoneProblems.summary} focusSignal={phoneProblems.focusSignal} />
      <TextField
        id="text-phone"
        type="tel"
        autoComplete="tel-national"
        label={t('security.text.phoneLabel')}
        hint={t('security.text.phoneHint')}
        value={phone}
        error={phoneProblems.errorOf('phone')}
        onChange={(e) => setPhone(e.target.value)}
      />
      <button type="submit" className="usa-button" aria-disabled={send.isPending}>
        {t('security.text.send')}
      </button>
      {!startOpen && (
        <button type="button" className="usa-button usa-button--outline" onClick={startOver}>
          {t('security.cancel')}
        </button>
      )}
    </form>
  );
}
