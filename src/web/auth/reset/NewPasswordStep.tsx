import { Button } from '../../components/uswds';
import { useTranslation } from 'react-i18next';
import { resetCompleteRequest } from '../../../contracts/auth';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { NewPasswordFields } from '../../forms/NewPasswordFields';
import { useNewPasswordForm } from '../../forms/useNewPasswordForm';
import { api } from '../../api';

const FIELDS = [
  ['password', 'reset-password'],
  ['confirm', 'reset-confirm'],
] as const;

/** Step 3: the new password. The server refuses common or leaked ones beside the field. */
export function NewPasswordStep({ flowToken, onDone }: { flowToken: string; onDone(): void }) {
  const { t } = useTranslation();
  const { form, submit, pending, fieldProps } = useNewPasswordForm({
    fields: FIELDS,
    schema: resetCompleteRequest,
    request: (password) => ({ flowToken, password }),
    send: (body) => api.auth.resetComplete({ body }),
    onDone,
  });

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <NewPasswordFields idPrefix="reset" {...fieldProps} />
      <Button type="submit" className="margin-top-3" disabled={pending}>
        {t('reset.changePassword')}
      </Button>
    </form>
  );
}
