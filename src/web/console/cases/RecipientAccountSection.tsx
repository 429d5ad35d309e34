import { Alert, Button } from '../../components/uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { recipientAccountRequest, type StaffCaseView } from '../../../contracts/cases-console';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import { useCaseWrite } from './useCaseWrite';
import { api } from '../../api';

const FIELDS = [['email', 'recipient-email']] as const;

/** The recipient's portal account: what it is, or the form to create it and what happens next. */
export function RecipientAccountSection({ view }: { view: StaffCaseView }) {
  const { t } = useTranslation();
  const form = useFormProblems(FIELDS);
  const [email, setEmail] = useState('');
  const create = useCaseWrite(
    (body: z.output<typeof recipientAccountRequest>) => api.caseConsole.createRecipientAccount({ params: { caseNumber: view.caseNumber }, body }),
    form.failed,
  );
  const account = view.recipientAccount;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(recipientAccountRequest, { email });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    create.mutate(result.data);
  };
  return (
    <section aria-labelledby="case-account-heading" className="case-section">
      <h2 id="case-account-heading">{t('cases.accountHeading')}</h2>
      <div role="status">
        {create.isSuccess && (
          <Alert type="success" headingLevel="h3" slim>
            {t('cases.accountCreated')}
          </Alert>
        )}
      </div>
      {account ? (
        <dl className="case-facts">
          <dt>{t('cases.accountSignIn')}</dt>
          <dd>{t('cases.accountLoginId', { loginId: account.loginId })}</dd>
          <dt>{t('cases.accountEmail')}</dt>
          <dd>{account.emailOnFile ?? t('cases.accountNoEmail')}</dd>
          <dt>{t('cases.accountState')}</dt>
          <dd>{account.status === 'deactivated' ? t('cases.accountDeactivated') : account.setUp ? t('cases.accountSetUp') : t('cases.accountWaiting')}</dd>
        </dl>
      ) : (
        <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
          <p>{t('cases.accountIntro', { caseNumber: view.caseNumber })}</p>
          <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
          <TextField id="recipient-email" type="email" label={t('cases.accountEmailField')} hint={t('cases.accountEmailHint')} autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={form.errorOf('email')} />
          <Button type="submit" className="margin-top-3" disabled={create.isPending}>
            {t('cases.accountSubmit')}
          </Button>
        </form>
      )}
    </section>
  );
}
