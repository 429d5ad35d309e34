import { Alert, Button } from '@trussworks/react-uswds';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../contracts/auth';
import { ok } from '../../contracts/common';
import { staffAccountView, type StaffAccountView } from '../../contracts/staff';
import { ApiError, get, post } from '../api';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { useIssueText } from '../forms/useIssueText';
import { formIssue } from '../forms/issues';
import { formatDateTime } from '../i18n/format';

const FIELDS = [['loginId', 'unlock-loginId']] as const;

function roleText(t: TFunction, role: Role): string {
  const texts: Record<Role, string> = {
    provider: t('unlock.roleProvider'),
    recipient: t('unlock.roleRecipient'),
    county_worker: t('unlock.roleCountyWorker'),
    county_admin: t('unlock.roleCountyAdmin'),
    state_admin: t('unlock.roleStateAdmin'),
  };
  return texts[role];
}

/** County staff look up an account of their own county and lift a lock left by failed sign-ins. */
export function StaffUnlockPage() {
  const { t } = useTranslation();
  usePageTitle(t('unlock.title'));
  const issueText = useIssueText();
  const [loginId, setLoginId] = useState('');
  const [lookedUp, setLookedUp] = useState<string | null>(null);
  const form = useFormProblems(FIELDS);
  const account = useQuery({
    queryKey: ['staff-account', lookedUp],
    queryFn: () => get(`/api/staff/accounts/${encodeURIComponent(lookedUp!)}`, staffAccountView),
    enabled: lookedUp !== null,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = loginId.trim();
    if (!id) return form.invalid({ loginId: { code: 'required' } });
    form.clear();
    if (id === lookedUp) void account.refetch();
    else setLookedUp(id);
  };

  const missing = account.error instanceof ApiError && account.error.status === 404;
  return (
    <div className="page-narrow">
      <h1>{t('unlock.title')}</h1>
      <p>{t('unlock.intro')}</p>
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <TextField
          id="unlock-loginId"
          label={t('unlock.idLabel')}
          value={loginId}
          onChange={(e) => setLoginId(e.target.value)}
          error={form.errorOf('loginId')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <Button type="submit" className="margin-top-3">
          {t('unlock.find')}
        </Button>
      </form>
      <div className="margin-top-4" role="status">
        {lookedUp !== null && account.isFetching && !account.data && <Loading />}
        {missing && <p>{t('unlock.notFound')}</p>}
        {account.isError && !missing && <p>{issueText(formIssue(account.error))}</p>}
      </div>
      {account.data && <AccountCard key={account.data.id} account={account.data} onUnlocked={() => void account.refetch()} />}
    </div>
  );
}

function AccountCard({ account, onUnlocked }: { account: StaffAccountView; onUnlocked(): void }) {
  const { t, i18n } = useTranslation();
  const issueText = useIssueText();
  const name = `${account.firstName} ${account.lastName}`;
  const locked = account.lockedUntil !== null && Date.parse(account.lockedUntil) > Date.now();
  const unlock = useMutation({
    mutationFn: () => post(`/api/staff/accounts/${encodeURIComponent(account.loginId)}/unlock`, {}, ok),
    onSuccess: onUnlocked,
  });
  return (
    <section className="usa-summary-box" aria-labelledby="unlock-result">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="unlock-result">
          {t('unlock.resultHeading', { name })}
        </h2>
        <dl className="account-facts">
          <dt>{t('unlock.type')}</dt>
          <dd>
            {roleText(t, account.role)} · {account.loginId}
          </dd>
          <dt>{t('unlock.status')}</dt>
          <dd>{account.status === 'active' ? t('unlock.active') : t('unlock.deactivated')}</dd>
          <dt>{t('unlock.setUp')}</dt>
          <dd>{account.setUp ? t('unlock.yes') : t('unlock.no')}</dd>
          <dt>{t('unlock.failedAttempts')}</dt>
          <dd>{account.failedAttempts}</dd>
          <dt>{t('unlock.lock')}</dt>
          <dd>
            {locked
              ? t('unlock.lockedUntil', { until: formatDateTime(account.lockedUntil!, i18n.language) })
              : t('unlock.notLocked')}
          </dd>
        </dl>
        <div role="status">
          {unlock.isSuccess && (
            <Alert type="success" headingLevel="h3" slim>
              {t('unlock.unlocked', { name })}
            </Alert>
          )}
          {unlock.isError && (
            <Alert type="error" headingLevel="h3" slim>
              {issueText(formIssue(unlock.error))}
            </Alert>
          )}
        </div>
        {locked && (
          <Button type="button" className="margin-top-2" disabled={unlock.isPending} onClick={() => unlock.mutate()}>
            {t('unlock.unlockButton')}
          </Button>
        )}
      </div>
    </section>
  );
}
