import { Alert, Button } from '../../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MessageKey } from '../../../contracts/messages/index';
import { paymentFileRequest } from '../../../contracts/payments';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import { ApiError } from '../../api';

interface FileResult {
  fileName: string;
}

export interface FileImportFormProps<R extends FileResult> {
  /** The file field's id; the heading's is `${id}-heading`. */
  id: string;
  send: (file: z.output<typeof paymentFileRequest>) => Promise<R>;
  heading: string;
  fileLabel: string;
  fileHint: string;
  /** The problem shown when no file was chosen. */
  missing: MessageKey;
  button: string;
  resultText: (r: R) => string;
  onRecorded: () => void;
}

/**
 * Payroll records a file from the State Controller's Office (the acknowledgement file, the bank's returns file). The
 * file is read in the browser and sent as text; the server checks every line and records all of them or none. A
 * refused file shows the whole refusal beside the file field and each wrong line, by its number, in the summary.
 */
export function FileImportForm<R extends FileResult>(props: FileImportFormProps<R>) {
  const { t } = useTranslation();
  const form = useFormProblems([['content', props.id]] as const);
  const [file, setFile] = useState<File | null>(null);
  const record = useMutation({
    mutationFn: props.send,
    onSuccess: () => {
      form.clear();
      props.onRecorded();
    },
    onError: (error) => {
      form.failed(error);
      if (error instanceof ApiError && error.code === 'settlementProblems') form.setField('content', { code: error.code, params: error.params, message: error.message });
    },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    record.reset();
    if (!file) return form.invalid({ content: { code: props.missing } });
    let content: string;
    try {
      content = await file.text();
    } catch {
      return form.invalid({ content: { code: 'settlementFileUnreadable' } });
    }
    const body = check(paymentFileRequest, { fileName: file.name, content });
    if ('issues' in body) return form.invalid(body.issues);
    record.mutate(body.data);
  };

  const headingId = `${props.id}-heading`;
  return (
    <form className="usa-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <TextField id={props.id} type="file" accept=".csv,text/csv" label={props.fileLabel} hint={props.fileHint} error={form.errorOf('content')} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <Button type="submit" className="margin-top-2" disabled={record.isPending}>
        {record.isPending ? t('staffPayments.recording') : props.button}
      </Button>
      <div role="status" className="margin-top-2">
        {record.isSuccess && (
          <Alert type="success" headingLevel="h3" slim>
            {props.resultText(record.data)}
          </Alert>
        )}
      </div>
    </form>
  );
}
