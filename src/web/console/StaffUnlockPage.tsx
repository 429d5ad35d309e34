import { Alert, Button } from '../components/uswds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Role } from '../../contracts/auth';
import { deactivateRequest, type StaffAccountView } from '../../contracts/staff';
import { clock } from '../clock';
import { TextArea } from '../forms/TextArea';
import { SignInHistoryTable } from '../auth/SignInHistoryPage';
import './console.css';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { api, ApiError } from '../api';
import { ResetSecondFactor } from '../security/ResetSecondFactor';
import { ProviderDepositStatus } from '../direct-deposit/ProviderDepositStatus';

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

/**
 * County staff look up an account of their own county (/staff/unlock), and at /staff/accounts/:loginId see
 * its lock state and sign-in history, unlock it, deactivate it with a reason, or reinstate it.
 */
export function StaffUnlockPage() {
  const { t } = useTranslation();
  usePageTitle(t('unlock.title'));
  const navigate = useNavigate();
  const lookedUp = useParams().loginId ?? null;
  const [loginId, setLoginId] = useState(lookedUp ?? '');
  const form = useFormProblems(FIELDS);
  const account = useQuery({ ...api.accounts.get.query({ params: { loginId: lookedUp ?? '' } }), enabled: lookedUp !== null });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = loginId.trim();
    if (!id) return form.invalid({ loginId: { code: 'required' } });
    form.clear();
    if (id === lookedUp) void account.refetch();
    else void navigate(`/staff/accounts/${encodeURIComponent(id)}`);
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
      </div>
      {!missing && <ProblemAlert error={account.error} slim />}
      {account.data && <AccountCard key={account.data.id} account={account.data} onUnlocked={() => void account.refetch()} />}
      {account.data && <AccountActions key={`actions-${account.data.id}`} account={account.data} />}
      {account.data?.role === 'provider' && <ProviderDepositStatus key={`deposit-${account.data.id}`} providerId={account.data.loginId} />}
      {account.data && <StaffHistory key={`history-${account.data.id}`} loginId={account.data.loginId} />}
    </div>
  );
}

function AccountCard({ account, onUnlocked }: { account: StaffAccountView; onUnlocked(): void }) {
  const { t, i18n } = useTranslation();
  const name = `${account.firstName} ${account.lastName}`;
  const locked = account.lockedUntil !== null && Date.parse(account.lockedUntil) > clock.now().getTime();
  const unlock = useMutation({
    mutationFn: () => api.accounts.unlock({ params: { loginId: account.loginId } }),
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
          <dd>
            {account.status === 'active' ? t('unlock.active') : t('unlock.deactivated')}
            {account.deactivatedReason && (
              <>
                <br />
                {t('account.reasonShown', { reason: account.deactivatedReason })}
              </>
            )}
          </dd>
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
        </div>
        <ProblemAlert error={unlock.error} slim />
        {locked && (
          <Button type="button" className="margin-top-2" disabled={unlock.isPending} onClick={() => unlock.mutate()}>
            {t('unlock.unlockButton')}
          </Button>
        )}
        <ResetSecondFactor loginId={account.loginId} name={name} />
      </div>
    </section>
  );
}

const REASON_FIELDS = [['reason', 'account-reason']] as const;

/** Deactivate (with a reason the person sees if they try to sign in, after a confirmation) or reinstate. */
function AccountActions({ account }: { account: StaffAccountView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const name = `${account.firstName} ${account.lastName}`;
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useFormProblems(REASON_FIELDS);
  // The question appears where the button was: focus moves to it so keyboard and screen-reader users meet it.
  const confirmBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmBox.current?.focus();
  }, [confirming]);
  const params = { loginId: account.loginId };
  const done = (view: StaffAccountView) => {
    queryClient.setQueryData(api.accounts.get.key({ params }), view);
    setConfirming(false);
    setReason('');
  };
  const deactivate = useMutation({
    mutationFn: (body: { reason: string }) => api.accounts.deactivate({ params, body }),
    onSuccess: done,
    onError: (error) => {
      setConfirming(false);
      form.failed(error);
    },
  });
  const reinstate = useMutation({ mutationFn: () => api.accounts.reinstate({ params }), onSuccess: done });

  const ask = (e: FormEvent) => {
    e.preventDefault();
    const result = check(deactivateRequest, { reason });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    setConfirming(true);
  };

  return (
    <section className="margin-top-4" aria-labelledby="account-actions">
      <h2 id="account-actions">{t('account.actionsHeading')}</h2>
      <div role="status">
        {deactivate.isSuccess && account.status === 'deactivated' && (
          <Alert type="success" headingLevel="h3" slim>
            {t('account.deactivated', { name })}
          </Alert>
        )}
        {reinstate.isSuccess && account.status === 'active' && (
          <Alert type="success" headingLevel="h3" slim>
            {t('account.reinstated', { name })}
          </Alert>
        )}
      </div>
      <ProblemAlert error={reinstate.error} slim />
      {account.status === 'deactivated' ? (
        <>
          <p>{t('account.reinstateExplain', { name })}</p>
          <Button type="button" disabled={reinstate.isPending} onClick={() => reinstate.mutate()}>
            {t('account.reinstate')}
          </Button>
        </>
      ) : (
        <form className="usa-form usa-form--large" onSubmit={ask} noValidate>
          <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
          <TextArea
            id="account-reason"
            label={t('account.reasonLabel')}
            hint={t('account.reasonHint')}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setConfirming(false);
            }}
            error={form.errorOf('reason')}
            rows={3}
          />
          {!confirming && (
            <Button type="submit" secondary className="margin-top-2">
              {t('account.deactivate')}
            </Button>
          )}
          {confirming && (
            <div className="confirm-box" ref={confirmBox} tabIndex={-1} role="group" aria-labelledby="confirm-heading">
              <h3 id="confirm-heading">{t('account.confirmHeading', { name })}</h3>
              <p>{t('account.confirmText', { name })}</p>
              <Button type="button" secondary disabled={deactivate.isPending} onClick={() => deactivate.mutate({ reason: reason.trim() })}>
                {t('account.confirmDeactivate')}
              </Button>
              <Button type="button" outline onClick={() => setConfirming(false)}>
                {t('account.cancel')}
              </Button>
            </div>
          )}
        </form>
      )}
    </section>
  );
}

/** The person's sign-in history, fetched only when asked for: every reading of it is audited. */
function StaffHistory({ loginId }: { loginId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const history = useQuery({ ...api.accounts.signInHistory.query({ params: { loginId } }), enabled: shown });
  return (
    <section className="margin-top-4" aria-labelledby="account-history">
      <h2 id="account-history">{t('history.title')}</h2>
      <p>{t('account.historyAudited')}</p>
      {!shown && (
        <Button type="button" outline onClick={() => setShown(true)}>
          {t('account.showHistory')}
        </Button>
      )}
      <div role="status">
        {shown && history.isPending && <Loading />}
        {history.data?.events.length === 0 && <p>{t('account.historyEmpty')}</p>}
      </div>
      <ProblemAlert error={history.error} slim />
      {history.data && history.data.events.length > 0 && (
        <SignInHistoryTable events={history.data.events} caption={t('account.historyCaption', { loginId })} />
      )}
      <p className="margin-top-4">
        <Link to="/staff">{t('console.title')}</Link>
      </p>
    </section>
  );
}
