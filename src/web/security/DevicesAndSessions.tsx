import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceKind, SessionView } from '../../contracts/sessions';
import { api } from '../api';
import { Loading } from '../components/Loading';
import { Button } from '../components/uswds';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';

/** The kind of device, in words: a literal key each, so the catalogue's check finds them (i18n.test.ts). */
function deviceKindText(t: TFunction, kind: DeviceKind): string {
  const words: Record<DeviceKind, string> = {
    phone: t('devices.phone'),
    tablet: t('devices.tablet'),
    computer: t('devices.computer'),
    unknown: t('devices.unknownDevice'),
  };
  return words[kind];
}

/** "Chrome on Android": browser and system are product names, the same in every language. */
function browserText(t: TFunction, s: Pick<SessionView, 'browser' | 'os'>): string {
  const browser = s.browser ?? t('devices.unknownBrowser');
  return s.os ? t('devices.browserOn', { browser, os: s.os }) : browser;
}

/** How a person tells their sessions apart: "Phone, Chrome on Android". */
export function sessionName(t: TFunction, s: Pick<SessionView, 'device' | 'browser' | 'os'>): string {
  return `${deviceKindText(t, s.device)}, ${browserText(t, s)}`;
}

/** The approximate place: the kind of network only (contracts/sessions.ts NETWORK_KINDS says why). */
export function placeText(t: TFunction, s: Pick<SessionView, 'network' | 'ipVersion' | 'address'>): string {
  switch (s.network) {
    case 'this_computer':
      return t('devices.placeThisComputer');
    case 'private':
      return t('devices.placePrivate');
    case 'unknown':
      return t('devices.placeUnknown');
    case 'internet':
      if (s.ipVersion === 6) return t('devices.placeInternet6');
      return s.address ? t('devices.placeInternet4', { address: s.address }) : t('devices.placeInternet');
  }
}

type Confirming = { kind: 'one'; session: SessionView } | { kind: 'others' } | null;

/**
 * "Devices and sessions" on the "Sign-in and security" page: where the account is signed in now, with a way to sign
 * out any other session, or all of them at once. Each sign-out is confirmed first; the confirmation takes the focus,
 * and the result is announced in the status region, which then takes the focus, as the row it was on is gone.
 */
export function DevicesAndSessions() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useQuery(api.sessions.list.query());
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [result, setResult] = useState<string | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: api.sessions.list.key() });
  const finished = (text: string) => {
    setConfirming(null);
    setResult(text);
    void refresh();
  };
  const signOut = useMutation({
    mutationFn: (session: SessionView) => api.sessions.signOut({ params: { id: session.id } }),
    onSuccess: (_, session) => finished(t('devices.signedOutOne', { device: sessionName(t, session) })),
    // Ended meanwhile (elsewhere, or it ran out): the list shows what is open now.
    onError: () => void refresh(),
  });
  const signOutOthers = useMutation({
    mutationFn: () => api.sessions.signOutOthers(),
    onSuccess: ({ ended }) => finished(ended === 0 ? t('devices.noOthers') : t('devices.signedOutOthers', { count: ended })),
  });

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const ask = (next: Confirming) => {
    signOut.reset();
    signOutOthers.reset();
    setResult(null);
    setConfirming(next);
  };
  const pending = signOut.isPending || signOutOthers.isPending;
  const list = sessions.data?.sessions ?? [];
  const others = list.filter((s) => !s.current);

  const confirmation = (text: string, yes: string, onYes: () => void) => (
    <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-2">
      <div className="usa-alert__body">
        <p className="usa-alert__text" ref={confirmRef} tabIndex={-1}>
          {text}
        </p>
        <div className="margin-top-1">
          <Button type="button" onClick={onYes} disabled={pending}>
            {yes}
          </Button>
          <Button type="button" outline onClick={() => setConfirming(null)} disabled={pending}>
            {t('devices.cancel')}
          </Button>
        </div>
      </div>
    </div>
  );

  return (
    <section className="margin-top-5" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('devices.heading')}</h2>
      <p>{t('devices.intro')}</p>
      <p className="text-base">{t('devices.placeNote')}</p>
      <div role="status" ref={resultRef} tabIndex={-1}>
        {result && (
          <div className="usa-alert usa-alert--success usa-alert--slim margin-y-2">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{result}</p>
            </div>
          </div>
        )}
      </div>
      <ProblemAlert slim error={sessions.error ?? signOut.error ?? signOutOthers.error} />
      {sessions.isPending && <Loading />}
      {sessions.data && (
        <ul className="usa-list usa-list--unstyled">
          {list.map((s) => {
            const name = sessionName(t, s);
            return (
              <li key={s.id} className="border-top-1px border-base-lighter padding-y-2">
                <h3 className="margin-y-0 font-sans-md">
                  {name}
                  {s.current && <span className="usa-tag margin-left-1">{t('devices.thisDevice')}</span>}
                </h3>
                <dl className="margin-y-1">
                  <div>
                    <dt className="display-inline text-bold">{t('devices.placeLabel')}: </dt>
                    <dd className="display-inline margin-left-0">{placeText(t, s)}</dd>
                  </div>
                  <div>
                    <dt className="display-inline text-bold">{t('devices.signedInLabel')}: </dt>
                    <dd className="display-inline margin-left-0">{formatDateTime(s.signedInAt, i18n.language)}</dd>
                  </div>
                  <div>
                    <dt className="display-inline text-bold">{t('devices.lastUsedLabel')}: </dt>
                    <dd className="display-inline margin-left-0">{formatDateTime(s.lastUsedAt, i18n.language)}</dd>
                  </div>
                </dl>
                {!s.current &&
                  (confirming?.kind === 'one' && confirming.session.id === s.id ? (
                    confirmation(t('devices.confirmOne', { device: name }), t('devices.confirmOneYes'), () => signOut.mutate(s))
                  ) : (
                    <Button type="button" outline aria-label={t('devices.signOutLabel', { device: name })} onClick={() => ask({ kind: 'one', session: s })} disabled={pending}>
                      {t('devices.signOut')}
                    </Button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      {sessions.data && others.length === 0 && !result && <p>{t('devices.noOthers')}</p>}
      {others.length > 0 &&
        (confirming?.kind === 'others' ? (
          confirmation(t('devices.confirmOthers'), t('devices.confirmOthersYes'), () => signOutOthers.mutate())
        ) : (
          <Button type="button" secondary onClick={() => ask({ kind: 'others' })} disabled={pending}>
            {t('devices.signOutOthers')}
          </Button>
        ))}
    </section>
  );
}
