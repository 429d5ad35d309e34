import { lazy, Suspense, useEffect, useState, type ComponentProps, type ComponentType } from 'react';
import { clock } from '../clock';
import { endsAt, endsByAbsoluteLimit, idlePhase, msUntilWarning, secondsLeft, type Deadlines } from '../idle';
import { useSession } from '../session';

const loadDialog = () => import('./IdleWarningDialog');
/**
 * The dialog and its focus trap are needed a minute before a session ends, not with the first page: they load a
 * minute before they show. If they cannot load, the warning is skipped; the session still ends on time.
 */
const WarningDialog = lazy(() =>
  loadDialog().then(
    (m): { default: ComponentType<ComponentProps<typeof m.WarningDialog>> } => ({ default: m.WarningDialog }),
    () => ({ default: () => null }),
  ),
);

/** Checked at least this often while the warning is far off, so a clock change or a sleeping phone is caught. */
const MAX_WAIT_MS = 15_000;
const PRELOAD_MS = 60_000;

/**
 * The device's time (the deadlines are already in it: idle.ts), re-read when the warning is due, every second
 * while it shows, and when the phone wakes.
 */
function useNow(deadlines: Deadlines | null): number {
  const [now, setNow] = useState(() => clock.deviceNow());
  useEffect(() => {
    if (!deadlines) return;
    const end = endsAt(deadlines);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      clearTimeout(timer);
      const t = clock.deviceNow();
      setNow(t);
      const phase = idlePhase(end, t);
      if (phase === 'ended') return;
      timer = setTimeout(tick, phase === 'warning' ? 1000 - (t % 1000) : Math.min(msUntilWarning(end, t), MAX_WAIT_MS));
    };
    tick();
    const wake = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('focus', wake);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('focus', wake);
    };
  }, [deadlines]);
  return now;
}

/**
 * "Your session is about to end": shown a minute before the session would end, with a live countdown.
 * At the end it sends the person to the sign-in page, so nothing private stays on an unattended phone.
 */
export function IdleWarning() {
  const { deadlines, expire } = useSession();
  const now = useNow(deadlines);
  const end = deadlines ? endsAt(deadlines) : null;
  const phase = end === null ? 'active' : idlePhase(end, now);
  const [dismissedFor, setDismissedFor] = useState<number | null>(null);

  const dialogSoon = end !== null && msUntilWarning(end, now) < PRELOAD_MS;
  useEffect(() => {
    if (dialogSoon) void loadDialog().catch(() => undefined);
  }, [dialogSoon]);

  useEffect(() => {
    if (phase === 'ended') expire();
  }, [phase, expire]);

  if (!deadlines || end === null || phase !== 'warning' || dismissedFor === end) return null;
  return (
    <Suspense fallback={null}>
      <WarningDialog seconds={secondsLeft(end, now)} absolute={endsByAbsoluteLimit(deadlines)} onDismiss={() => setDismissedFor(end)} />
    </Suspense>
  );
}
