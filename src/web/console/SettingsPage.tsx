import { Alert, Button, Checkbox, Fieldset } from '../components/uswds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../contracts/messages/languages';
import { OFFERED_LANGUAGES, POLICY_LIMITS, RANDOM_HOLD_LIMITS, updateCountySettingsRequest, type CountySettings, type UpdateCountySettingsRequest } from '../../contracts/county-settings';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FieldError } from '../forms/FieldError';
import { check } from '../forms/issues';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { ProblemAlert } from '../forms/ProblemAlert';
import { useSession } from '../session';
import { WageRates } from './cases/WageRates';
import { DeductionRates } from './DeductionRates';
import { HoldSettings } from '../direct-deposit/HoldSettings';
import { CountyPicker } from './CountyPicker';
import { api } from '../api';

type PolicyField = keyof typeof POLICY_LIMITS;
const POLICY_FIELDS = Object.keys(POLICY_LIMITS) as PolicyField[];

const FIELDS = [
  ['helpDesk.phone', 'settings-phone'],
  ['helpDesk.email', 'settings-email'],
  ['helpDesk.hours', 'settings-hours'],
  ...POLICY_FIELDS.map((f) => [f, `settings-${f}`] as const),
  ['languages', 'settings-languages'],
  ['randomHoldPerMille', 'settings-randomHoldPerMille'],
] as const;

/** What the admin typed, as the number the contract checks; blank or not a number stays NaN and is refused beside its field. */
const typedNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** A county admin's own county settings; a state admin picks the county first. */
export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const { user } = useSession();
  const [picked, setPicked] = useState('');
  const slug = user?.role === 'state_admin' ? picked : (user?.county?.slug ?? '');
  const settings = useQuery({
    ...api.countySettings.get.query({ params: { slug } }),
    enabled: slug !== '',
  });
  return (
    <div className="page-narrow">
      <h1>{t('settings.title')}</h1>
      {user?.role === 'state_admin' && <CountyPicker id="settings-county" value={picked} onChange={setPicked} />}
      {settings.isFetching && !settings.data && <Loading />}
      <ProblemAlert error={settings.error} slim />
      {settings.data && <SettingsForm key={`settings-${settings.data.county.slug}`} saved={settings.data} />}
      {settings.data && <WageRates key={`wages-${settings.data.county.slug}`} slug={settings.data.county.slug} />}
      {settings.data && <DeductionRates key={`rates-${settings.data.county.slug}`} slug={settings.data.county.slug} />}
      {settings.data && <HoldSettings key={`deposit-hold-${settings.data.county.slug}`} slug={settings.data.county.slug} />}
    </div>
  );
}

function SettingsForm({ saved }: { saved: CountySettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormProblems(FIELDS);
  const [helpDesk, setHelpDesk] = useState({ phone: saved.helpDesk.phone ?? '', email: saved.helpDesk.email ?? '', hours: saved.helpDesk.hours ?? '' });
  const [policy, setPolicy] = useState(() => Object.fromEntries(POLICY_FIELDS.map((f) => [f, String(saved.policy[f])])) as Record<PolicyField, string>);
  const [questions, setQuestions] = useState(saved.policy.securityQuestionsAllowed);
  const [requireFactor, setRequireFactor] = useState(saved.policy.requireSecondFactor);
  const [languages, setLanguages] = useState(saved.languages);
  const [randomHold, setRandomHold] = useState(String(saved.randomHoldPerMille));
  const labels: Record<PolicyField, string> = {
    lockoutThreshold: t('settings.lockoutThreshold'),
    lockoutMinutes: t('settings.lockoutMinutes'),
    idleTimeoutMinutes: t('settings.idleTimeoutMinutes'),
    absoluteTimeoutMinutes: t('settings.absoluteTimeoutMinutes'),
  };
  const save = useMutation({
    mutationFn: (input: UpdateCountySettingsRequest) => api.countySettings.update({ params: { slug: saved.county.slug }, body: input }),
    onSuccess: (data) => queryClient.setQueryData(api.countySettings.get.key({ params: { slug: saved.county.slug } }), data),
    onError: form.failed,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const orNull = (v: string) => (v.trim() === '' ? null : v);
    const result = check(updateCountySettingsRequest, {
      helpDesk: { phone: orNull(helpDesk.phone), email: orNull(helpDesk.email), hours: orNull(helpDesk.hours) },
      ...Object.fromEntries(POLICY_FIELDS.map((f) => [f, typedNumber(policy[f])])),
      securityQuestionsAllowed: questions,
      requireSecondFactor: requireFactor,
      languages,
      randomHoldPerMille: typedNumber(randomHold),
    });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    save.mutate(result.data);
  };
  const desk = (field: keyof typeof helpDesk) => ({
    value: helpDesk[field],
    onChange: (e: { target: { value: string } }) => setHelpDesk((h) => ({ ...h, [field]: e.target.value })),
    error: form.errorOf(`helpDesk.${field}`),
  });
  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <h2>{saved.county.name}</h2>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <Fieldset legend={t('settings.helpDeskLegend')} legendStyle="large">
        <TextField id="settings-phone" type="tel" label={t('settings.phone')} {...desk('phone')} />
        <TextField id="settings-email" type="email" label={t('settings.email')} {...desk('email')} />
        <TextField id="settings-hours" label={t('settings.hours')} hint={t('settings.hoursHint')} {...desk('hours')} />
      </Fieldset>
      <Fieldset legend={t('settings.policyLegend')} legendStyle="large" className="margin-top-4">
        {POLICY_FIELDS.map((f) => (
          <TextField
            key={f}
            id={`settings-${f}`}
            label={labels[f]}
            hint={t('settings.limits', { min: saved.limits[f].min, max: saved.limits[f].max })}
            inputMode="numeric"
            inputClassName="usa-input--small"
            value={policy[f]}
            onChange={(e) => setPolicy((p) => ({ ...p, [f]: e.target.value }))}
            error={form.errorOf(f)}
          />
        ))}
        <Checkbox
          id="settings-questions"
          name="settings-questions"
          className="margin-top-3"
          checked={questions}
          onChange={(e) => setQuestions(e.target.checked)}
          label={t('settings.questionsAllowed')}
          labelDescription={t('settings.questionsHint')}
          tile
        />
        <Checkbox
          id="settings-require-factor"
          name="settings-require-factor"
          className="margin-top-2"
          checked={requireFactor}
          onChange={(e) => setRequireFactor(e.target.checked)}
          label={t('security.countySetting.label')}
          labelDescription={t('security.countySetting.hint')}
          tile
        />
      </Fieldset>
      <Fieldset legend={t('settings.languagesLegend')} legendStyle="large" className="margin-top-4" id="settings-languages" tabIndex={-1}>
        <FieldError error={form.errorOf('languages')} />
        {OFFERED_LANGUAGES.map((l) => (
          <Checkbox
            key={l}
            id={`settings-lang-${l}`}
            name="settings-languages"
            checked={languages.includes(l)}
            onChange={(e) => setLanguages((ls) => (e.target.checked ? [...ls, l] : ls.filter((x) => x !== l)))}
            label={<span lang={l}>{LANGUAGE_NAMES[l]}</span>}
          />
        ))}
      </Fieldset>
      <Fieldset legend={t('settings.reviewLegend')} legendStyle="large" className="margin-top-4">
        <TextField
          id="settings-randomHoldPerMille"
          label={t('settings.randomHoldPerMille')}
          hint={t('settings.randomHoldHint', RANDOM_HOLD_LIMITS)}
          inputMode="numeric"
          inputClassName="usa-input--small"
          value={randomHold}
          onChange={(e) => setRandomHold(e.target.value)}
          error={form.errorOf('randomHoldPerMille')}
        />
      </Fieldset>
      <div role="status">
        {save.isSuccess && (
          <Alert type="success" headingLevel="h3" slim>
            {t('settings.saved')}
          </Alert>
        )}
      </div>
      <Button type="submit" className="margin-top-3" disabled={save.isPending}>
        {t('settings.save')}
      </Button>
    </form>
  );
}
