import { Alert, Button } from '../components/uswds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { countyAdminView, createCountyAdminRequest } from '../../contracts/county-admins';
import { deactivateRequest } from '../../contracts/staff';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { describedBy, FieldFrame } from '../forms/FieldFrame';
import { check } from '../forms/issues';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextArea } from '../forms/TextArea';
import { useCounties } from './CountyPicker';
import './console.css';
import { api, groupKey } from '../api';

type Admin = z.infer<typeof countyAdminView>;

/** The state admin's list of county admins: add one, deactivate with a reason, reinstate. */
export function CountyAdminsPage() {
  const { t } = useTranslation();
  usePageTitle(t('countyAdmins.title'));
  const list = useQuery(api.countyAdmins.list.query());
  return (
    <>
      <h1>{t('countyAdmins.title')}</h1>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} slim />
      {list.data?.admins.length === 0 && <p>{t('countyAdmins.empty')}</p>}
      {list.data && list.data.admins.length > 0 && (
        <ul className="usa-list usa-list--unstyled console-tools">
          {list.data.admins.map((admin) => (
            <AdminRow key={admin.loginId} admin={admin} />
          ))}
        </ul>
      )}
      <CreateAdminForm />
    </>
  );
}

const REASON_FIELDS = [['reason', 'admin-reason']] as const;

function AdminRow({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const form = useFormProblems(REASON_FIELDS);
  const refresh = () => {
    setOpen(false);
    void queryClient.invalidateQueries({ queryKey: groupKey('countyAdmins') });
  };
  const deactivate = useMutation({
    mutationFn: (body: { reason: string }) => api.countyAdmins.deactivate({ params: { loginId: admin.loginId }, body }),
    onSuccess: refresh,
    onError: form.failed,
  });
  const reinstate = useMutation({ mutationFn: () => api.countyAdmins.reinstate({ params: { loginId: admin.loginId } }), onSuccess: refresh, onError: form.failed });
  const name = `${admin.firstName} ${admin.lastName}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(deactivateRequest, { reason });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    deactivate.mutate(result.data);
  };
  return (
    <li>
      <h2 className="font-sans-md margin-0">
        {name} · {admin.county.name}
      </h2>
      <p className="margin-y-05">
        {admin.loginId}
        {admin.email && <> · {admin.email}</>}
        <br />
        {admin.status === 'active' ? t('unlock.active') : t('unlock.deactivated')}
        {admin.deactivatedReason && <> · {t('account.reasonShown', { reason: admin.deactivatedReason })}</>}
      </p>
      {admin.status === 'deactivated' ? (
        <Button type="button" outline disabled={reinstate.isPending} onClick={() => reinstate.mutate()}>
          {t('countyAdmins.reinstate', { name })}
        </Button>
      ) : !open ? (
        <Button type="button" outline onClick={() => setOpen(true)}>
          {t('countyAdmins.deactivate', { name })}
        </Button>
      ) : (
        <form className="usa-form usa-form--large confirm-box" onSubmit={submit} noValidate>
          <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
          <TextArea
            id={`admin-reason-${admin.loginId}`}
            label={t('account.reasonLabel')}
            hint={t('countyAdmins.reasonHint', { name })}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={form.errorOf('reason')}
            rows={3}
          />
          <Button type="submit" secondary className="margin-top-2" disabled={deactivate.isPending}>
            {t('account.confirmDeactivate')}
          </Button>
          <Button type="button" outline onClick={() => setOpen(false)}>
            {t('account.cancel')}
          </Button>
        </form>
      )}
    </li>
  );
}

const CREATE_FIELDS = [
  ['countyCode', 'admin-county'],
  ['loginId', 'admin-loginId'],
  ['firstName', 'admin-firstName'],
  ['lastName', 'admin-lastName'],
  ['email', 'admin-email'],
] as const;

const EMPTY = { countyCode: '', loginId: '', firstName: '', lastName: '', email: '' };

function CreateAdminForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const counties = useCounties();
  const form = useFormProblems(CREATE_FIELDS);
  const [value, setValue] = useState(EMPTY);
  const create = useMutation({
    mutationFn: (input: z.output<typeof createCountyAdminRequest>) => api.countyAdmins.create({ body: input }),
    onSuccess: () => {
      setValue(EMPTY);
      void queryClient.invalidateQueries({ queryKey: groupKey('countyAdmins') });
    },
    onError: form.failed,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(createCountyAdminRequest, { ...value, countyCode: Number(value.countyCode) });
    if ('issues' in result) return form.invalid(value.countyCode === '' ? { ...result.issues, countyCode: { code: 'required' } } : result.issues);
    form.clear();
    create.mutate(result.data);
  };
  const field = (name: keyof typeof EMPTY) => ({
    value: value[name],
    onChange: (e: { target: { value: string } }) => setValue((v) => ({ ...v, [name]: e.target.value })),
    error: form.errorOf(name),
  });
  const countyError = form.errorOf('countyCode');
  return (
    <form className="usa-form usa-form--large margin-top-4" onSubmit={submit} noValidate>
      <h2>{t('countyAdmins.addHeading')}</h2>
      <p>{t('countyAdmins.passwordNote')}</p>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <div role="status">
        {create.isSuccess && (
          <Alert type="success" headingLevel="h3" slim>
            {t('countyAdmins.added', { name: `${create.data.firstName} ${create.data.lastName}`, loginId: create.data.loginId })}
          </Alert>
        )}
      </div>
      <FieldFrame id="admin-county" label={t('console.countyLabel')} error={countyError}>
        <select
          id="admin-county"
          className={`usa-select${countyError ? ' usa-input--error' : ''}`}
          value={value.countyCode}
          onChange={(e) => setValue((v) => ({ ...v, countyCode: e.target.value }))}
          aria-describedby={describedBy('admin-county', undefined, countyError)}
          aria-invalid={countyError ? true : undefined}
        >
          <option value="">{t('console.chooseCounty')}</option>
          {counties.data?.counties.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </FieldFrame>
      <TextField id="admin-loginId" label={t('countyAdmins.username')} hint={t('countyAdmins.usernameHint')} autoComplete="off" autoCapitalize="none" spellCheck={false} {...field('loginId')} />
      <TextField id="admin-firstName" label={t('enrol.firstName')} autoComplete="off" {...field('firstName')} />
      <TextField id="admin-lastName" label={t('enrol.lastName')} autoComplete="off" {...field('lastName')} />
      <TextField id="admin-email" type="email" label={t('countyAdmins.email')} hint={t('countyAdmins.emailHint')} autoComplete="off" {...field('email')} />
      <Button type="submit" className="margin-top-3" disabled={create.isPending}>
        {t('countyAdmins.add')}
      </Button>
    </form>
  );
}
