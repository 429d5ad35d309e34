import { Alert, Button } from '../components/uswds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NOTIFICATION_CHANNELS, PREFERENCE_EVENTS, type NotificationChannel, type NotificationPreferences } from '../../contracts/notifications';
import { api } from '../api';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { channelText, eventText } from './eventText';
import './notifications.css';

const keyOf = (event: string, channel: string) => `${event}:${channel}`;

/** Which events reach the person on which channel. Security notices are always sent and say so. */
export function PreferencesPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.preferencesTitle'));
  const prefs = useQuery(api.notifications.preferences.query());
  return (
    <>
      <p>
        <Link to="/notifications">{t('notifications.title')}</Link>
      </p>
      <h1>{t('notifications.preferencesTitle')}</h1>
      <p className="measure-5">{t('notifications.preferencesIntro')}</p>
      {prefs.isPending && <Loading />}
      <ProblemAlert slim error={prefs.error} />
      {prefs.data && <PreferencesForm saved={prefs.data} />}
    </>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPreferences }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(() => new Map(saved.preferences.map((p) => [keyOf(p.event, p.channel), p.enabled])));
  const locked = new Set(saved.preferences.filter((p) => p.locked).map((p) => keyOf(p.event, p.channel)));
  const unavailable: Record<NotificationChannel, boolean> = {
    in_app: false,
    email: saved.emailOnFile === null,
    sms: !saved.textAvailable || saved.textPhoneOnFile === null,
  };
  const save = useMutation({
    mutationFn: () =>
      api.notifications.updatePreferences({
        body: {
          preferences: saved.preferences
            .filter((p) => !p.locked)
            .map((p) => ({ event: p.event, channel: p.channel, enabled: enabled.get(keyOf(p.event, p.channel)) ?? p.enabled })),
        },
      }),
    onSuccess: (data) => queryClient.setQueryData(api.notifications.preferences.key(), data),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <ul className="usa-list">
        <li>{saved.emailOnFile ? t('notifications.emailTo', { email: saved.emailOnFile }) : t('notifications.noEmail')}</li>
        <li>
          {!saved.textAvailable
            ? t('notifications.textUnavailable')
            : saved.textPhoneOnFile
              ? t('notifications.textTo', { phone: saved.textPhoneOnFile })
              : t('notifications.noTextPhone')}
        </li>
        <li>{t('notifications.securityAlways')}</li>
      </ul>
      <table className="usa-table usa-table--borderless width-full preferences-table">
        <caption>{t('notifications.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('notifications.eventColumn')}</th>
            {NOTIFICATION_CHANNELS.map((c) => (
              <th scope="col" key={c}>
                {channelText(t, c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PREFERENCE_EVENTS.map((event) => {
            const isLocked = NOTIFICATION_CHANNELS.some((c) => locked.has(keyOf(event, c)));
            return (
              <tr key={event}>
                <th scope="row">
                  {eventText(t, event)}
                  {isLocked && <span className="preferences-table__note">{t('notifications.lockedReason')}</span>}
                </th>
                {NOTIFICATION_CHANNELS.map((channel) => {
                  const k = keyOf(event, channel);
                  const id = `pref-${event}-${channel}`;
                  const isOn = locked.has(k) || (enabled.get(k) ?? false);
                  return (
                    <td key={channel}>
                      <div className="usa-checkbox preferences-table__box">
                        <input
                          className="usa-checkbox__input"
                          type="checkbox"
                          id={id}
                          checked={isOn}
                          disabled={locked.has(k) || (unavailable[channel] && !isOn)}
                          onChange={(e) => setEnabled((m) => new Map(m).set(k, e.target.checked))}
                        />
                        <label className="usa-checkbox__label" htmlFor={id}>
                          <span className="usa-sr-only">{t('notifications.boxLabel', { event: eventText(t, event), channel: channelText(t, channel) })}</span>
                        </label>
                      </div>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div role="status">
        {save.isSuccess && (
          <Alert type="success" headingLevel="h2" slim>
            {t('notifications.saved')}
          </Alert>
        )}
      </div>
      <ProblemAlert slim error={save.error} />
      <Button type="submit" className="margin-top-2" disabled={save.isPending}>
        {t('notifications.save')}
      </Button>
    </form>
  );
}
