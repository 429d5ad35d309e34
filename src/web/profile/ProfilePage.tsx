import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../contracts/messages/languages';
import { emailChangeRequest, emailConfirmRequest, phoneChangeRequest, profileUpdateRequest, profileView } from '../../contracts/profile';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { ProblemAlert } from '../forms/ProblemAlert';
import { chooseLanguage } from '../i18n';
import { api } from '../api';
import { MyRecords } from './MyRecords';

type Profile = z.infer<typeof profileView>;

/** The stored 10 digits as people write a U.S. number. */
const printedPhone = (digits: string) => (/^\d{10}$/.test(digits) ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}` : digits);

/** Each language named in itself, as in the header's switch. */

/** The provider's contact details: phone and email (each asks for the password again), mailing address, language. */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const profile = useQuery(api.profile.get.query());
  return (
    <div className="page-narrow">
      <h1>{t('profile.title')}</h1>
      <p>{t('profile.intro')}</p>
      <p>
        <Link to="/profile/security">{t('security.title')}</Link>
      </p>
      {profile.isPending && <Loading />}
      <ProblemAlert error={profile.error} />
      {profile.data && (
        <>
          <PhoneForm profile={profile.data} />
          <EmailForm profile={profile.data} />
          <AddressForm profile={profile.data} />
          <LanguageForm profile={profile.data} />
        </>
      )}
      <MyRecords />
    </div>
  );
}

/** One section of the page: its heading, its own error summary, and what was saved. */
function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="margin-top-5 border-top-05 border-primary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}

function Saved({ text }: { text: string | null }) {
  return (
    <div role="status">
      {text && (
        <div className="usa-alert usa-alert--success usa-alert--slim margin-y-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{text}</p>
          </div>
        </div>
      )}
    </div>
  );
}

function useSaveProfile() {
  const queryClient = useQueryClient();
  return (next: Profile) => queryClient.setQueryData(api.profile.get.key(), next);
}

const PHONE_FIELDS = [
  ['phone', 'profile-phone'],
  ['currentPassword', 'profile-phone-password'],
] as const;

function PhoneForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const problems = useFormProblems(PHONE_FIELDS);
  const store = useSaveProfile();
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const save = useMutation({
    mutationFn: (body: z.output<typeof phoneChangeRequest>) => api.profile.changePhone({ body }),
    onSuccess: (next) => {
      store(next);
      setPassword('');
      setPhone('');
    },
    onError: problems.failed,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    save.reset();
    const checked = check(phoneChangeRequest, { phone, currentPassword: password });
    if ('issues' in checked) return problems.invalid(checked.issues);
    problems.clear();
    save.mutate(checked.data);
  }

  return (
    <Section id="phone" heading={t('profile.phone.heading')}>
      <p>{profile.phone ? t('profile.phone.current', { phone: printedPhone(profile.phone) }) : t('profile.phone.none')}</p>
      <form className="usa-form" noValidate onSubmit={submit}>
        <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
        <TextField id="profile-phone" type="tel" autoComplete="tel-national" label={t('profile.phone.new')} hint={t('profile.phone.hint')} value={phone} error={problems.errorOf('phone')} onChange={(e) => setPhone(e.target.value)} />
        <TextField
          id="profile-phone-password"
          type="password"
          autoComplete="current-password"
          label={t('profile.password')}
          hint={t('profile.passwordHint')}
          value={password}
          error={problems.errorOf('currentPassword')}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Saved text={save.isSuccess ? t('profile.phone.saved') : null} />
        <button type="submit" className="usa-button" disabled={save.isPending}>
          {t('profile.phone.save')}
        </button>
      </form>
    </Section>
  );
}

const EMAIL_FIELDS = [
  ['newEmail', 'profile-email'],
  ['currentPassword', 'profile-email-password'],
] as const;
const CODE_FIELDS = [['code', 'profile-email-code']] as const;

function EmailForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const problems = useFormProblems(EMAIL_FIELDS);
  const codeProblems = useFormProblems(CODE_FIELDS);
  const store = useSaveProfile();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(profile.pendingEmail);
  const startChange = useMutation({
    mutationFn: (body: z.output<typeof emailChangeRequest>) => api.profile.startEmailChange({ body }),
    onSuccess: (started) => {
      setPassword('');
      setSentTo(started.sentTo);
    },
    onError: problems.failed,
  });
  const confirmChange = useMutation({
    mutationFn: (body: z.output<typeof emailConfirmRequest>) => api.profile.confirmEmailChange({ body }),
    onSuccess: (next) => {
      store(next);
      setSentTo(null);
      setCode('');
      setEmail('');
    },
    onError: codeProblems.failed,
  });

  function start(e: FormEvent) {
    e.preventDefault();
    confirmChange.reset();
    const checked = check(emailChangeRequest, { newEmail: email, currentPassword: password });
    if ('issues' in checked) return problems.invalid(checked.issues);
    problems.clear();
    startChange.mutate(checked.data);
  }

  function confirm(e: FormEvent) {
    e.preventDefault();
    const checked = check(emailConfirmRequest, { code });
    if ('issues' in checked) return codeProblems.invalid(checked.issues);
    codeProblems.clear();
    confirmChange.mutate(checked.data);
  }

  return (
    <Section id="email" heading={t('profile.email.heading')}>
      <p>{profile.email ? t('profile.email.current', { email: profile.email }) : t('profile.email.none')}</p>
      <Saved text={confirmChange.isSuccess ? t('profile.email.saved') : null} />
      {sentTo ? (
        <form className="usa-form" noValidate onSubmit={confirm}>
          <ErrorSummary items={codeProblems.summary} focusSignal={codeProblems.focusSignal} />
          <p>{t('profile.email.codeSent', { email: sentTo })}</p>
          <TextField
            id="profile-email-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            label={t('profile.email.code')}
            hint={t('profile.email.codeHint')}
            value={code}
            error={codeProblems.errorOf('code')}
            onChange={(e) => setCode(e.target.value)}
          />
          <button type="submit" className="usa-button" disabled={confirmChange.isPending}>
            {t('profile.email.confirm')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled margin-top-2" onClick={() => setSentTo(null)}>
            {t('profile.email.startOver')}
          </button>
        </form>
      ) : (
        <form className="usa-form" noValidate onSubmit={start}>
          <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
          <TextField id="profile-email" type="email" autoComplete="email" label={t('profile.email.new')} hint={t('profile.email.hint')} value={email} error={problems.errorOf('newEmail')} onChange={(e) => setEmail(e.target.value)} />
          <TextField
            id="profile-email-password"
            type="password"
            autoComplete="current-password"
            label={t('profile.password')}
            hint={t('profile.passwordHint')}
            value={password}
            error={problems.errorOf('currentPassword')}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="usa-button" disabled={startChange.isPending}>
            {t('profile.email.send')}
          </button>
        </form>
      )}
    </Section>
  );
}

const ADDRESS_FIELDS = [
  ['mailingAddress.street', 'address-street'],
  ['mailingAddress.unit', 'address-unit'],
  ['mailingAddress.city', 'address-city'],
  ['mailingAddress.state', 'address-state'],
  ['mailingAddress.zip', 'address-zip'],
] as const;

function AddressForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const problems = useFormProblems(ADDRESS_FIELDS);
  const store = useSaveProfile();
  const a = profile.mailingAddress;
  const [address, setAddress] = useState({ street: a?.street ?? '', unit: a?.unit ?? '', city: a?.city ?? '', state: a?.state ?? 'CA', zip: a?.zip ?? '' });
  const save = useMutation({
    mutationFn: (body: z.output<typeof profileUpdateRequest>) => api.profile.update({ body }),
    onSuccess: store,
    onError: problems.failed,
  });
  const field = (key: keyof typeof address) => ({ value: address[key], onChange: (e: { target: { value: string } }) => setAddress({ ...address, [key]: e.target.value }), error: problems.errorOf(`mailingAddress.${key}`) });

  function submit(e: FormEvent) {
    e.preventDefault();
    save.reset();
    const checked = check(profileUpdateRequest, { mailingAddress: { ...address, unit: address.unit.trim() || null } });
    if ('issues' in checked) return problems.invalid(checked.issues);
    problems.clear();
    save.mutate(checked.data);
  }

  return (
    <Section id="address" heading={t('profile.address.heading')}>
      <form className="usa-form" noValidate onSubmit={submit}>
        <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
        <TextField id="address-street" autoComplete="address-line1" label={t('profile.address.street')} {...field('street')} />
        <TextField id="address-unit" autoComplete="address-line2" label={t('profile.address.unit')} {...field('unit')} />
        <TextField id="address-city" autoComplete="address-level2" label={t('profile.address.city')} {...field('city')} />
        <TextField id="address-state" autoComplete="address-level1" maxLength={2} inputClassName="usa-input--small" label={t('profile.address.state')} {...field('state')} />
        <TextField id="address-zip" autoComplete="postal-code" inputMode="numeric" inputClassName="usa-input--medium" label={t('profile.address.zip')} {...field('zip')} />
        <Saved text={save.isSuccess ? t('profile.address.saved') : null} />
        <button type="submit" className="usa-button" disabled={save.isPending}>
          {t('profile.address.save')}
        </button>
      </form>
    </Section>
  );
}

function LanguageForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const store = useSaveProfile();
  const [language, setChoice] = useState<Language>(profile.preferredLanguage);
  const save = useMutation({
    mutationFn: async (preferredLanguage: Language) => {
      store(await api.profile.update({ body: { preferredLanguage } }));
      // The page switches too: the preference is for the portal's words as much as for letters and messages.
      await chooseLanguage(preferredLanguage);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(language);
  }

  return (
    <Section id="language" heading={t('profile.language.heading')}>
      <form className="usa-form" onSubmit={submit}>
        <label className="usa-label" htmlFor="profile-language">
          {t('profile.language.label')}
        </label>
        <div className="usa-hint" id="profile-language-hint">
          {t('profile.language.hint')}
        </div>
        <select className="usa-select" id="profile-language" aria-describedby="profile-language-hint" value={language} onChange={(e) => setChoice(e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <ProblemAlert error={save.error} slim />
        <Saved text={save.isSuccess ? t('profile.language.saved') : null} />
        <button type="submit" className="usa-button" disabled={save.isPending}>
          {t('profile.language.save')}
        </button>
      </form>
    </Section>
  );
}
