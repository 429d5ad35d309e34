import { Button, Fieldset } from '../components/uswds';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { enrolProviderRequest } from '../../contracts/enrolment';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../contracts/messages/languages';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { EMPTY_DATE, MemorableDate, toIsoDate, type DateParts } from '../forms/MemorableDate';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { api } from '../api';

const FIELDS = [
  ['firstName', 'enrol-firstName'],
  ['lastName', 'enrol-lastName'],
  ['dateOfBirth', 'enrol-dob'],
  ['ssnLast4', 'enrol-ssnLast4'],
  ['email', 'enrol-email'],
  ['phone', 'enrol-phone'],
  ['mailingAddress.street', 'enrol-street'],
  ['mailingAddress.city', 'enrol-city'],
  ['mailingAddress.state', 'enrol-state'],
  ['mailingAddress.zip', 'enrol-zip'],
  ['orientationCompletedOn', 'enrol-orientation'],
  ['backgroundCheckClearedOn', 'enrol-background'],
] as const;

const EMPTY_ADDRESS = { street: '', unit: '', city: '', state: 'CA', zip: '' };

/** County staff enrol a provider: the portal issues the Provider ID and the letter that goes to them. */
export function EnrolPage() {
  const { t } = useTranslation();
  usePageTitle(t('enrol.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormProblems(FIELDS);
  const [person, setPerson] = useState({ firstName: '', lastName: '', ssnLast4: '', email: '', phone: '' });
  const [dateOfBirth, setDateOfBirth] = useState<DateParts>(EMPTY_DATE);
  const [address, setAddress] = useState(EMPTY_ADDRESS);
  const [language, setLanguage] = useState<Language>('en');
  const [orientation, setOrientation] = useState<DateParts>(EMPTY_DATE);
  const [background, setBackground] = useState<DateParts>(EMPTY_DATE);

  const enrol = useMutation({
    mutationFn: (input: z.output<typeof enrolProviderRequest>) => api.enrolment.enrol({ body: input }),
    onSuccess: (letter) => {
      queryClient.setQueryData(api.enrolment.letter.key({ params: { providerId: letter.providerId } }), letter);
      void navigate(`/staff/enrolments/${letter.providerId}/letter`, { state: { justEnrolled: true } });
    },
    onError: form.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const optional = (v: string) => (v.trim() === '' ? undefined : v);
    // The address is optional as a whole; once any line is typed, all its required lines are checked.
    const typedAddress = address.street || address.unit || address.city || address.zip;
    const result = check(enrolProviderRequest, {
      firstName: person.firstName,
      lastName: person.lastName,
      dateOfBirth: toIsoDate(dateOfBirth),
      ssnLast4: person.ssnLast4,
      email: optional(person.email),
      phone: optional(person.phone),
      mailingAddress: typedAddress ? { ...address, unit: optional(address.unit) ?? null } : undefined,
      preferredLanguage: language,
      orientationCompletedOn: toIsoDate(orientation),
      backgroundCheckClearedOn: toIsoDate(background),
    });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    enrol.mutate(result.data);
  };

  const text = (field: keyof typeof person) => ({
    value: person[field],
    onChange: (e: { target: { value: string } }) => setPerson((p) => ({ ...p, [field]: e.target.value })),
    error: form.errorOf(field),
  });
  const line = (field: keyof typeof address) => ({
    value: address[field],
    onChange: (e: { target: { value: string } }) => setAddress((a) => ({ ...a, [field]: e.target.value })),
    error: form.errorOf(`mailingAddress.${field}`),
  });

  return (
    <div className="page-narrow">
      <h1>{t('enrol.title')}</h1>
      <p>{t('enrol.intro')}</p>
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <Fieldset legend={t('enrol.personLegend')} legendStyle="large">
          <TextField id="enrol-firstName" label={t('enrol.firstName')} autoComplete="off" {...text('firstName')} />
          <TextField id="enrol-lastName" label={t('enrol.lastName')} autoComplete="off" {...text('lastName')} />
          <MemorableDate id="enrol-dob" legend={t('enrol.dateOfBirth')} hint={t('enrol.dateHint')} value={dateOfBirth} onChange={setDateOfBirth} error={form.errorOf('dateOfBirth')} />
          <TextField
            id="enrol-ssnLast4"
            label={t('enrol.ssnLast4')}
            hint={t('enrol.ssnLast4Hint')}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            inputClassName="usa-input--xs"
            {...text('ssnLast4')}
          />
        </Fieldset>
        <Fieldset legend={t('enrol.contactLegend')} legendStyle="large" className="margin-top-4">
          <TextField id="enrol-email" type="email" label={t('enrol.email')} hint={t('enrol.emailHint')} autoComplete="off" {...text('email')} />
          <TextField id="enrol-phone" type="tel" label={t('enrol.phone')} hint={t('enrol.phoneHint')} autoComplete="off" {...text('phone')} />
          <p className="usa-hint margin-top-3">{t('enrol.addressHint')}</p>
          <TextField id="enrol-street" label={t('enrol.street')} autoComplete="off" {...line('street')} />
          <TextField id="enrol-unit" label={t('enrol.unit')} autoComplete="off" {...line('unit')} />
          <TextField id="enrol-city" label={t('enrol.city')} autoComplete="off" {...line('city')} />
          <TextField id="enrol-state" label={t('enrol.state')} autoComplete="off" maxLength={2} inputClassName="usa-input--xs" {...line('state')} />
          <TextField id="enrol-zip" label={t('enrol.zip')} autoComplete="off" inputMode="numeric" inputClassName="usa-input--medium" {...line('zip')} />
          <div className="usa-form-group">
            <label className="usa-label" htmlFor="enrol-language">
              {t('enrol.language')}
            </label>
            <div className="usa-hint" id="enrol-language-hint">
              {t('enrol.languageHint')}
            </div>
            <select
              id="enrol-language"
              className="usa-select"
              value={language}
              onChange={(e) => setLanguage(e.target.value as Language)}
              aria-describedby="enrol-language-hint"
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </div>
        </Fieldset>
        <Fieldset legend={t('enrol.stepsLegend')} legendStyle="large" className="margin-top-4">
          <p className="usa-hint">{t('enrol.stepsHint')}</p>
          <MemorableDate id="enrol-orientation" legend={t('enrol.orientation')} hint={t('enrol.dateHint')} value={orientation} onChange={setOrientation} error={form.errorOf('orientationCompletedOn')} />
          <MemorableDate id="enrol-background" legend={t('enrol.background')} hint={t('enrol.dateHint')} value={background} onChange={setBackground} error={form.errorOf('backgroundCheckClearedOn')} />
        </Fieldset>
        <Button type="submit" className="margin-top-4" disabled={enrol.isPending}>
          {t('enrol.submit')}
        </Button>
      </form>
    </div>
  );
}
