import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addPasskeyRequest, type SecurityOverview } from '../../contracts/second-factors';
import { api } from '../api';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { Done, formatDayOf, RemoveButton, Section, useStoreOverview } from './parts';
import { useGuardedMutation } from './reauth';
import { browserHasPasskeys, makePasskey } from './webauthn';

const NAME_FIELDS = [['name', 'passkey-name']] as const;
const nameOnly = addPasskeyRequest.pick({ name: true });

/** The account's passkeys, each named and dated, with "Add a passkey" and "Remove". */
export function PasskeysSection({ overview, onAdded }: { overview: SecurityOverview; onAdded(next: SecurityOverview): void }) {
  const { t, i18n } = useTranslation();
  const store = useStoreOverview();
  const [removed, setRemoved] = useState<string | null>(null);
  const remove = useGuardedMutation({
    mutationFn: ({ id }: { id: number; name: string }) => api.secondFactors.removePasskey({ params: { id } }),
    onSuccess: (next, { name }) => {
      store(next);
      setRemoved(name);
    },
  });
  return (
    <Section id="passkeys" heading={t('security.passkeys.heading')}>
      <p>
        <strong>{t('security.passkeys.strongest')}</strong> {t('security.passkeys.intro')}
      </p>
      {overview.passkeys.length === 0 ? (
        <p>{t('security.passkeys.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {overview.passkeys.map((p) => (
            <li key={p.id} className="margin-bottom-3">
              <strong>{p.name}</strong>
              <br />
              {t('security.added', { date: formatDayOf(p.createdAt, i18n.language) })}
              {' · '}
              {p.lastUsedAt ? t('security.passkeys.lastUsed', { date: formatDayOf(p.lastUsedAt, i18n.language) }) : t('security.passkeys.neverUsed')}
              <div className="margin-top-1">
                <RemoveButton what={p.name} pending={remove.isPending} onRemove={() => remove.mutate({ id: p.id, name: p.name })} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Done text={remove.isSuccess && removed ? t('security.passkeys.removed', { name: removed }) : null} />
      <ProblemAlert error={remove.error} slim />
      <AddPasskey onAdded={onAdded} />
    </Section>
  );
}

/** "Add a passkey": a name, then the device's own dialog. Also one of the choices of AddFactor. */
export function AddPasskey({ onAdded, startOpen = false }: { onAdded(next: SecurityOverview): void; startOpen?: boolean }) {
  const { t } = useTranslation();
  const store = useStoreOverview();
  const problems = useFormProblems(NAME_FIELDS);
  const [open, setOpen] = useState(startOpen);
  const [name, setName] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const add = useGuardedMutation({
    mutationFn: async (passkeyName: string) => {
      const { challengeId, response } = await makePasskey(() => api.secondFactors.passkeyRegistrationOptions(), t('security.passkeys.notAdded'));
      return api.secondFactors.addPasskey({ body: { challengeId, name: passkeyName, response } });
    },
    onSuccess: (next, passkeyName) => {
      store(next);
      setAdded(passkeyName);
      setName('');
      setOpen(startOpen);
      onAdded(next);
    },
    onError: problems.failed,
  });

  if (!browserHasPasskeys()) return <p>{t('security.passkeys.unsupported')}</p>;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    setAdded(null);
    const checked = check(nameOnly, { name });
    if ('issues' in checked) return problems.invalid(checked.issues);
    problems.clear();
    add.mutate(checked.data.name);
  };

  return (
    <>
      <Done text={added ? t('security.passkeys.added', { name: added }) : null} />
      {open ? (
        <form className="usa-form" noValidate onSubmit={submit}>
          <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
          <TextField
            id="passkey-name"
            label={t('security.passkeys.nameLabel')}
            hint={t('security.passkeys.nameHint')}
            maxLength={60}
            value={name}
            error={problems.errorOf('name')}
            onChange={(e) => setName(e.target.value)}
          />
          <p>{t('security.passkeys.deviceAsks')}</p>
          <button type="submit" className="usa-button" aria-disabled={add.isPending}>
            {t('security.passkeys.continue')}
          </button>
          {!startOpen && (
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => {
                setOpen(false);
                problems.clear();
              }}
            >
              {t('security.cancel')}
            </button>
          )}
        </form>
      ) : (
        <button type="button" className="usa-button" onClick={() => setOpen(true)}>
          {t('security.passkeys.add')}
        </button>
      )}
      {!open && <ProblemAlert error={add.error} slim />}
    </>
  );
}
