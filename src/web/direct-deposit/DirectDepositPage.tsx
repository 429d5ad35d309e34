import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DestinationView, DirectDepositView, PayDestinationRequest, PayMethod } from '../../contracts/direct-deposit';
import { californiaDate } from '../../domain/california-time';
import { api, ApiError } from '../api';
import { Loading } from '../components/Loading';
import { RadioTiles } from '../components/RadioTiles';
import { usePageTitle } from '../components/usePageTitle';
import { Alert, Button } from '../components/uswds';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { ReauthProvider, useGuardedMutation } from '../security/reauth';
import '../timesheets/timesheets.css';
import { directDepositQuery } from './data';
import { useDestinationWords } from './words';

/**
 * The provider's direct deposit (issue #15): where pay goes now, a change waiting (its waiting period, the bank's
 * pre-note, the first pay run that uses it) with a way to cancel it, the form to change it, and every change. A change
 * asks for the password again when the last one was given more than a few minutes ago (the re-authentication dialog).
 */
export function DirectDepositPage() {
  const { t } = useTranslation();
  usePageTitle(t('directDeposit.title'));
  const view = useQuery(directDepositQuery());
  return (
    <ReauthProvider>
      <h1>{t('directDeposit.title')}</h1>
      <p className="measure-5">{t('directDeposit.intro')}</p>
      {view.isPending && <Loading />}
      <ProblemAlert error={view.error} />
      {view.data && <DirectDeposit view={view.data} />}
    </ReauthProvider>
  );
}

function DirectDeposit({ view }: { view: DirectDepositView }) {
  const { t } = useTranslation();
  const words = useDestinationWords();
  const queryClient = useQueryClient();
  const store = (next: DirectDepositView) => queryClient.setQueryData(directDepositQuery().queryKey, next);
  const [saved, setSaved] = useState<DestinationView | null>(null);
  const [cancelled, setCancelled] = useState(false);
  return (
    <>
      <InForce view={view} />
      <div role="status">
        {saved && view.waiting?.id === saved.id && (
          <Alert type="success" headingLevel="h2" slim>
            {t('directDeposit.saved', { date: words.day(saved.holdEndsOn) })}
          </Alert>
        )}
        {cancelled && !view.waiting && (
          <Alert type="success" headingLevel="h2" slim>
            {t('directDeposit.cancelled')}
          </Alert>
        )}
      </div>
      {view.waiting && (
        <Waiting
          key={view.waiting.id}
          change={view.waiting}
          helpPhone={view.helpPhone}
          onCancelled={(next) => {
            store(next);
            setSaved(null);
            setCancelled(true);
          }}
        />
      )}
      <ChangeForm
        holdDays={view.holdBusinessDays}
        replacesWaiting={view.waiting !== null}
        onSaved={(next) => {
          store(next);
          setCancelled(false);
          setSaved(next.waiting);
        }}
      />
      {view.history.length > 0 && <History changes={view.history} />}
    </>
  );
}

function InForce({ view }: { view: DirectDepositView }) {
  const { t } = useTranslation();
  const words = useDestinationWords();
  const d = view.inForce;
  return (
    <section aria-labelledby="dd-now">
      <h2 id="dd-now">{t('directDeposit.nowHeading')}</h2>
      {!d && <p>{t('directDeposit.nowNothing')}</p>}
      {d?.method === 'warrant' && <p>{t('directDeposit.nowWarrant')}</p>}
      {d?.method === 'direct_deposit' && <p>{t('directDeposit.nowAccount', { type: words.type(d), last4: d.last4, routing: d.routingNumber })}</p>}
      {d && <p className="usa-hint">{t('directDeposit.since', { date: words.day(d.liveFrom) })}</p>}
    </section>
  );
}

/** The change waiting: its stage in words (never colour alone), the three steps with their dates, and the way to cancel it. */
function Waiting({ change, helpPhone, onCancelled }: { change: DestinationView; helpPhone: string; onCancelled(next: DirectDepositView): void }) {
  const { t } = useTranslation();
  const words = useDestinationWords();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const cancel = useMutation({ mutationFn: () => api.directDeposit.cancel({ params: { destinationId: change.id } }), onSuccess: onCancelled, onSettled: () => setAsking(false) });
  return (
    <section aria-labelledby="dd-waiting" className="dashboard-region">
      <h2 id="dd-waiting">
        {t('directDeposit.waitingHeading')} <span className="usa-tag timesheet-status">{words.stage(change.stage)}</span>
      </h2>
      <p>{change.method === 'warrant' ? t('directDeposit.waitingWarrant') : t('directDeposit.waitingAccount', { type: words.type(change), last4: change.last4 })}</p>
      <ol className="usa-list">
        <li>{t('directDeposit.stepHold', { date: words.day(change.holdEndsOn) })}</li>
        {change.prenoteSettlesOn && <li>{t('directDeposit.stepPrenote', { date: words.day(change.prenoteSettlesOn) })}</li>}
        <li>{t('directDeposit.stepLive', { date: words.day(change.liveFrom) })}</li>
      </ol>
      <p className="text-bold">{t('directDeposit.notYou', { phone: helpPhone })}</p>
      <ProblemAlert error={cancel.error} slim />
      {change.cancellable && !asking && (
        <Button type="button" secondary onClick={() => setAsking(true)}>
          {t('directDeposit.cancel')}
        </Button>
      )}
      {change.cancellable && asking && (
        <div className="confirm-box" ref={question} tabIndex={-1} role="group" aria-labelledby="dd-cancel-question">
          <p id="dd-cancel-question">{t('directDeposit.cancelConfirm', { what: words.what(change) })}</p>
          <Button type="button" secondary disabled={cancel.isPending} onClick={() => cancel.mutate()}>
            {t('directDeposit.cancelYes')}
          </Button>
          <Button type="button" outline onClick={() => setAsking(false)}>
            {t('directDeposit.cancelNo')}
          </Button>
        </div>
      )}
    </section>
  );
}

const FIELDS = [
  ['method', 'dd-method'],
  ['routingNumber', 'dd-routing'],
  ['accountNumber', 'dd-account'],
  ['accountNumberConfirm', 'dd-account-again'],
  ['accountType', 'dd-type'],
] as const;

/** Loaded when the form is sent, not with the page: the contract carries zod. */
const changeContract = () => import('../../contracts/direct-deposit').then((m) => m.payDestinationRequest);

/**
 * A bank account (routing number with its check digit, the account number twice, checking or savings) or a paper
 * warrant. The same key goes with every try of one change, so a retry (a lost answer, the re-authentication's second
 * try) never makes a second one; a new key follows once the server has answered.
 */
function ChangeForm({ holdDays, replacesWaiting, onSaved }: { holdDays: number; replacesWaiting: boolean; onSaved(next: DirectDepositView): void }) {
  const { t } = useTranslation();
  const form = useFormProblems(FIELDS);
  const [method, setMethod] = useState<PayMethod | ''>('');
  const [routing, setRouting] = useState('');
  const [account, setAccount] = useState('');
  const [again, setAgain] = useState('');
  const [type, setType] = useState('');
  const key = useRef<string | null>(null);
  const save = useGuardedMutation({
    mutationFn: (body: PayDestinationRequest) => api.directDeposit.change({ body }),
    onSuccess: (next) => {
      key.current = null;
      setMethod('');
      setRouting('');
      setAccount('');
      setAgain('');
      setType('');
      form.clear();
      onSaved(next);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) key.current = null;
      form.failed(error);
    },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    key.current ??= crypto.randomUUID();
    const typed =
      method === 'direct_deposit'
        ? { idempotencyKey: key.current, method, routingNumber: routing, accountNumber: account, accountNumberConfirm: again, accountType: type || undefined }
        : { idempotencyKey: key.current, method: method || undefined };
    const checked = check(await changeContract(), typed);
    if ('issues' in checked) return form.invalid(checked.issues);
    form.clear();
    save.mutate(checked.data);
  };

  return (
    <section aria-labelledby="dd-form" className="margin-top-4">
      <h2 id="dd-form">{t('directDeposit.formHeading')}</h2>
      <p>{t('directDeposit.holdNote', { count: holdDays })}</p>
      {replacesWaiting && <p>{t('directDeposit.replacesNote')}</p>}
      <form className="usa-form usa-form--large" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <RadioTiles
          id="dd-method"
          legend={t('directDeposit.how')}
          value={method}
          onChange={(v) => setMethod(v as PayMethod)}
          error={form.errorOf('method')}
          options={[
            { value: 'direct_deposit', label: t('directDeposit.byDeposit') },
            { value: 'warrant', label: t('directDeposit.byWarrant') },
          ]}
        />
        {method === 'direct_deposit' && (
          <>
            <TextField id="dd-routing" label={t('directDeposit.routing')} hint={t('directDeposit.routingHint')} inputMode="numeric" autoComplete="off" maxLength={11} inputClassName="usa-input--medium" value={routing} onChange={(e) => setRouting(e.target.value)} error={form.errorOf('routingNumber')} />
            <TextField id="dd-account" label={t('directDeposit.account')} hint={t('directDeposit.accountHint')} inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={21} value={account} onChange={(e) => setAccount(e.target.value)} error={form.errorOf('accountNumber')} />
            <TextField id="dd-account-again" label={t('directDeposit.accountAgain')} hint={t('directDeposit.accountAgainHint')} inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={21} value={again} onChange={(e) => setAgain(e.target.value)} error={form.errorOf('accountNumberConfirm')} />
            <RadioTiles
              id="dd-type"
              legend={t('directDeposit.accountType')}
              value={type}
              onChange={setType}
              error={form.errorOf('accountType')}
              options={[
                { value: 'checking', label: t('directDeposit.checking') },
                { value: 'savings', label: t('directDeposit.savings') },
              ]}
            />
          </>
        )}
        <Button type="submit" className="margin-top-3" aria-disabled={save.isPending}>
          {t('directDeposit.save')}
        </Button>
      </form>
    </section>
  );
}

function History({ changes }: { changes: DestinationView[] }) {
  const { t } = useTranslation();
  const words = useDestinationWords();
  const by = { provider: t('directDeposit.cancelledBy.provider'), county: t('directDeposit.cancelledBy.county') };
  return (
    <section aria-labelledby="dd-history" className="margin-top-4">
      <h2 id="dd-history">{t('directDeposit.historyHeading')}</h2>
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption className="usa-sr-only">{t('directDeposit.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directDeposit.askedOn')}</th>
            <th scope="col">{t('directDeposit.payBy')}</th>
            <th scope="col">{t('directDeposit.statusColumn')}</th>
            <th scope="col">{t('directDeposit.usedFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <th scope="row" data-label={t('directDeposit.askedOn')}>
                {words.day(californiaDate(c.requestedAt))}
              </th>
              <td data-label={t('directDeposit.payBy')}>{words.what(c)}</td>
              <td data-label={t('directDeposit.statusColumn')}>{c.cancelled ? by[c.cancelled.by] : words.stage(c.stage)}</td>
              <td data-label={t('directDeposit.usedFrom')}>{c.stage === 'cancelled' || c.stage === 'replaced' ? '—' : words.day(c.liveFrom)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
