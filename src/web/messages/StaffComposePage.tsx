import { Button, Checkbox, Fieldset, Radio } from '../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AUDIENCES, ASKS_FOR_PASSWORD, composeMessageRequest, type Audience, type ComposeMessageRequest } from '../../contracts/messaging';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { NeverAsksNotice } from './shared';
import { TextArea } from '../forms/TextArea';
import { api } from '../api';

const FIELDS = [
  ['providerId', 'compose-providerId'],
  ['caseNumber', 'compose-caseNumber'],
  ['subject', 'compose-subject'],
  ['body', 'compose-body'],
] as const;

/** County staff: a message to one provider, to the providers of one recipient, or to the whole county. */
export function StaffComposePage() {
  const { t } = useTranslation();
  usePageTitle(t('messaging.composeTitle'));
  const navigate = useNavigate();
  const [audience, setAudience] = useState<Audience>('one');
  const [providerId, setProviderId] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [requiresAck, setRequiresAck] = useState(false);
  const form = useFormProblems(FIELDS);
  const audiences: Record<Audience, { label: string; hint: string }> = {
    one: { label: t('messaging.audienceOne'), hint: t('messaging.audienceOneHint') },
    recipient_providers: { label: t('messaging.audienceRecipient'), hint: t('messaging.audienceRecipientHint') },
    county: { label: t('messaging.audienceCounty'), hint: t('messaging.audienceCountyHint') },
  };

  const send = useMutation({
    mutationFn: (input: ComposeMessageRequest) => api.messages.compose({ body: input }),
    onSuccess: (sent) => void navigate(`/staff/messages/${sent.threadId}`, { state: { sentTo: sent.recipients } }),
    onError: form.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const who = audience === 'one' ? { providerId } : audience === 'recipient_providers' ? { caseNumber } : {};
    const result = check(composeMessageRequest, { audience, ...who, subject, body, requiresAck });
    if ('issues' in result) return form.invalid(result.issues);
    // The server refuses it too; saying so now spares a round trip.
    if (ASKS_FOR_PASSWORD.test(`${subject}\n${body}`)) return form.invalid({ body: { code: 'messageAsksForPassword' } });
    form.clear();
    send.mutate(result.data);
  };

  return (
    <div className="page-narrow">
      <h1>{t('messaging.composeTitle')}</h1>
      <NeverAsksNotice />
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <Fieldset legend={t('messaging.audienceLegend')}>
          {AUDIENCES.map((a) => (
            <Radio
              key={a}
              id={`compose-audience-${a}`}
              name="compose-audience"
              value={a}
              checked={audience === a}
              onChange={() => setAudience(a)}
              label={audiences[a].label}
              labelDescription={audiences[a].hint}
              tile
            />
          ))}
        </Fieldset>
        {audience === 'one' && (
          <TextField
            id="compose-providerId"
            label={t('messaging.providerIdLabel')}
            value={providerId}
            onChange={(e) => setProviderId(e.target.value)}
            error={form.errorOf('providerId')}
            inputMode="numeric"
            autoComplete="off"
          />
        )}
        {audience === 'recipient_providers' && (
          <TextField
            id="compose-caseNumber"
            label={t('messaging.caseNumberLabel')}
            value={caseNumber}
            onChange={(e) => setCaseNumber(e.target.value)}
            error={form.errorOf('caseNumber')}
            inputMode="numeric"
            autoComplete="off"
          />
        )}
        <TextField
          id="compose-subject"
          label={t('messaging.subjectLabel')}
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          error={form.errorOf('subject')}
          maxLength={200}
        />
        <TextArea
          id="compose-body"
          label={t('messaging.bodyLabel')}
          hint={t('messaging.bodyHint')}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={form.errorOf('body')}
          rows={8}
        />
        <Checkbox
          id="compose-requiresAck"
          name="compose-requiresAck"
          className="margin-top-3"
          checked={requiresAck}
          onChange={(e) => setRequiresAck(e.target.checked)}
          label={t('messaging.requiresAckLabel')}
          labelDescription={t('messaging.requiresAckHint')}
          tile
        />
        <Button type="submit" className="margin-top-3" disabled={send.isPending}>
          {t('messaging.send')}
        </Button>
      </form>
    </div>
  );
}
