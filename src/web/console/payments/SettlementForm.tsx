import { Alert, Button } from '@trussworks/react-uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { settlementImportRequest, settlementResult, type SettlementResult } from '../../../contracts/payments';
import { ApiError, post } from '../../api';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';

const FIELDS = [['content', 'settlement-file']] as const;

/**
 * Payroll records the bank's acknowledgement file. The file is read in the browser and sent as text; the server
 * checks every line and records all of them or none. A refused file shows the whole refusal beside the file field
 * and each wrong line, by its number, in the summary.
 */
export function SettlementForm({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useTranslation();
  const form = useFormProblems(FIELDS);
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<SettlementResult | null>(null);
  const record = useMutation({
    mutationFn: (body: { fileName: string; content: string }) => post('/api/staff/payment-settlements', body, settlementResult),
    onSuccess: (r) => {
      setDone(r);
      form.clear();
      onRecorded();
    },
    onError: (error) => {
      form.failed(error);
      if (error instanceof ApiError && error.code === 'settlementProblems') form.setField('content', { code: error.code, params: error.params, message: error.message });
    },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (!file) return form.invalid({ content: { code: 'settlementFileMissing' } });
    let content: string;
    try {
      content = await file.text();
    } catch {
      return form.invalid({ content: { code: 'settlementFileUnreadable' } });
    }
    const body = check(settlementImportRequest, { fileName: file.name, content });
    if ('issues' in body) return form.invalid(body.issues);
    record.mutate(body.data);
  };

  return (
    <form className="usa-form" onSubmit={submit} noValidate aria-labelledby="settle-heading">
      <h2 id="settle-heading">{t('staffPayments.settleHeading')}</h2>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <TextField
        id="settlement-file"
        type="file"
        accept=".csv,text/csv"
        label={t('staffPayments.fileLabel')}
        hint={t('staffPayments.fileHint')}
        error={form.errorOf('content')}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <Button type="submit" className="margin-top-2" disabled={record.isPending}>
        {record.isPending ? t('staffPayments.recording') : t('staffPayments.record')}
      </Button>
      <div role="status" className="margin-top-2">
        {done && (
          <Alert type="success" headingLevel="h3" slim>
            {t('staffPayments.recorded', { fileName: done.fileName, recorded: done.recorded, already: done.already })}
          </Alert>
        )}
      </div>
    </form>
  );
}
