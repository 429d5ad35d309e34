import { Alert, Button } from '../../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewDecisionRequest, type ReviewDecisionRequest, type ReviewItem } from '../../../contracts/claims';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { useFormProblems } from '../../forms/useFormProblems';
import { TextArea } from '../../forms/TextArea';
import { reasonTitle } from './reasons';
import { FieldError } from '../../forms/FieldError';
import { api } from '../../api';

type Decision = ReviewDecisionRequest['decision'];
const FIELDS = [
  ['decision', 'decision-approve'],
  ['reasonCodes', 'denial-reasons'],
  ['note', 'decision-note'],
] as const;

interface Props {
  item: ReviewItem;
  decided: boolean;
  recipientName: string;
  onDecided: (item: ReviewItem) => void;
}

/** Approve; deny with reason codes and a note to the provider; hold with a note; release. */
export function DecisionForm({ item, decided, recipientName, onDecided }: Props) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [codes, setCodes] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const form = useFormProblems(FIELDS);
  const decide = useMutation({
    mutationFn: (body: ReviewDecisionRequest) => api.claims.decide({ params: { timesheetId: item.timesheetId }, body }),
    onSuccess: (next) => {
      setNote('');
      setCodes([]);
      onDecided(next);
    },
    onError: form.failed,
  });
  const recorded = decide.isSuccess ? decide.variables.decision : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!decision) return form.invalid({ decision: { code: 'chooseDecision', message: t('countyReview.chooseDecision') } });
    const trimmed = note.trim();
    const body = decision === 'deny' ? { decision, reasonCodes: codes, note: trimmed } : { decision, ...(trimmed ? { note: trimmed } : {}) };
    const result = check(reviewDecisionRequest, body);
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    decide.mutate(result.data);
  };

  const choices: { value: Decision; label: string; hint: string }[] = [
    { value: 'approve', label: t('countyReview.approve'), hint: t('countyReview.approveHint') },
    { value: 'deny', label: t('countyReview.deny'), hint: t('countyReview.denyHint') },
    item.onHold
      ? { value: 'release', label: t('countyReview.release'), hint: t('countyReview.releaseHint') }
      : { value: 'hold', label: t('countyReview.hold'), hint: t('countyReview.holdHint') },
  ];
  const decisionError = form.errorOf('decision');
  const codesError = form.errorOf('reasonCodes');
  const noteLabel = decision === 'deny' ? t('countyReview.denyNoteLabel') : decision === 'hold' ? t('countyReview.holdNoteLabel') : t('countyReview.noteLabel');
  // Who reads the note: the provider reads an approval's and a denial's; a hold's and a release's stay with county staff.
  const noteHint = decision
    ? {
        approve: t('countyReview.approveNoteHint'),
        deny: t('countyReview.denyNoteHint'),
        hold: t('countyReview.holdNoteHint'),
        release: t('countyReview.releaseNoteHint'),
      }[decision]
    : undefined;

  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('countyReview.decisionHeading')}</h2>
      <div role="status">
        {recorded && (
          <Alert type="success" headingLevel="h3" slim>
            {
              {
                approve: t('countyReview.recorded.approve'),
                deny: t('countyReview.recorded.deny'),
                hold: t('countyReview.recorded.hold'),
                release: t('countyReview.recorded.release'),
              }[recorded]
            }
          </Alert>
        )}
      </div>
      {decided ? (
        <p>{t('countyReview.decidedAlready')}</p>
      ) : (
        <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
          <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
          <fieldset className={`usa-fieldset usa-form-group${decisionError ? ' usa-form-group--error' : ''}`} aria-describedby={decisionError ? 'decision-error' : undefined}>
            <legend className="usa-legend">{t('countyReview.decisionLegend')}</legend>
            <FieldError id="decision-error" error={decisionError} />
            {choices.map((c) => (
              <div className="usa-radio" key={c.value}>
                <input
                  className="usa-radio__input usa-radio__input--tile"
                  id={`decision-${c.value}`}
                  type="radio"
                  name="decision"
                  value={c.value}
                  checked={decision === c.value}
                  onChange={() => setDecision(c.value)}
                />
                <label className="usa-radio__label" htmlFor={`decision-${c.value}`}>
                  {c.label}
                  <span className="usa-checkbox__label-description">{c.hint}</span>
                </label>
              </div>
            ))}
          </fieldset>
          {decision === 'deny' && (
            <fieldset
              className={`usa-fieldset usa-form-group${codesError ? ' usa-form-group--error' : ''}`}
              id="denial-reasons"
              tabIndex={-1}
              aria-describedby={['denial-reasons-hint', codesError && 'denial-reasons-error'].filter(Boolean).join(' ')}
            >
              <legend className="usa-legend">{t('countyReview.denialLegend')}</legend>
              <div className="usa-hint" id="denial-reasons-hint">
                {t('countyReview.denialHint')}
              </div>
              <FieldError id="denial-reasons-error" error={codesError} />
              {item.denialCodes.map((code) => (
                <div className="usa-checkbox" key={code}>
                  <input
                    className="usa-checkbox__input"
                    id={`deny-${code}`}
                    type="checkbox"
                    value={code}
                    checked={codes.includes(code)}
                    onChange={(e) => setCodes((now) => (e.target.checked ? [...now, code] : now.filter((c) => c !== code)))}
                  />
                  <label className="usa-checkbox__label" htmlFor={`deny-${code}`}>
                    {reasonTitle(code, item.findings, { caseNumber: item.caseNumber, name: recipientName })}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          <TextArea id="decision-note" label={noteLabel} {...(noteHint ? { hint: noteHint } : {})} value={note} onChange={(e) => setNote(e.target.value)} error={form.errorOf('note')} />
          <Button type="submit" className="margin-top-2" disabled={decide.isPending}>
            {t('countyReview.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
