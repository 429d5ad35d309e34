import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectDepositSettings } from '../../contracts/direct-deposit';
import { api } from '../api';
import { Loading } from '../components/Loading';
import { Alert, Button } from '../components/uswds';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';

const FIELDS = [['holdBusinessDays', 'dd-hold']] as const;

/** The county's cooling-off period for direct deposit changes, on the console's settings page (issue #15). */
export function HoldSettings({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const settings = useQuery(api.directDeposit.settings.query({ params: { slug } }));
  return (
    <section aria-labelledby="dd-hold-heading" className="margin-top-5">
      <h2 id="dd-hold-heading">{t('directDepositStaff.holdHeading')}</h2>
      <p>{t('directDepositStaff.holdIntro')}</p>
      {settings.isPending && <Loading />}
      <ProblemAlert error={settings.error} slim />
      {settings.data && <HoldForm saved={settings.data} />}
    </section>
  );
}

function HoldForm({ saved }: { saved: DirectDepositSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormProblems(FIELDS);
  const [days, setDays] = useState(String(saved.holdBusinessDays));
  const params = { slug: saved.county.slug };
  const save = useMutation({
    mutationFn: (body: { holdBusinessDays: number }) => api.directDeposit.updateSettings({ params, body }),
    onSuccess: (next) => queryClient.setQueryData(api.directDeposit.settings.key({ params }), next),
    onError: form.failed,
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    const { directDepositSettingsRequest } = await import('../../contracts/direct-deposit');
    const checked = check(directDepositSettingsRequest, { holdBusinessDays: days.trim() === '' ? Number.NaN : Number(days) });
    if ('issues' in checked) return form.invalid(checked.issues);
    form.clear();
    save.mutate(checked.data);
  };
  return (
    <form className="usa-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <TextField
        id="dd-hold"
        label={t('directDepositStaff.holdLabel', saved.limits)}
        hint={t('directDepositStaff.holdHint', { days: saved.defaultHoldBusinessDays })}
        inputMode="numeric"
        autoComplete="off"
        inputClassName="usa-input--small"
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={form.errorOf('holdBusinessDays')}
      />
      <div role="status">
        {save.isSuccess && (
          <Alert type="success" headingLevel="h3" slim>
            {t('directDepositStaff.holdSaved', { count: save.data.holdBusinessDays })}
          </Alert>
        )}
      </div>
      <Button type="submit" className="margin-top-2" disabled={save.isPending}>
        {t('directDepositStaff.holdSave')}
      </Button>
    </form>
  );
}
