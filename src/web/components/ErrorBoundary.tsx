import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A plain, translated message instead of a blank page when a screen fails to draw. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The browser console is the only place a developer can see what broke; nothing is sent anywhere.
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <CrashNotice /> : this.props.children;
  }
}

function CrashNotice() {
  const { t } = useTranslation();
  return <ReloadNotice tone="error" heading={t('problems.crashedHeading')} text={t('problems.crashedText')} />;
}

/** A page that cannot be shown: what happened, in an alert that is the page's heading, and a button to reload. */
export function ReloadNotice({ tone, heading, text }: { tone: 'error' | 'warning'; heading: string; text: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <div className={`usa-alert usa-alert--${tone}`} role="alert">
        <div className="usa-alert__body">
          <h1 className="usa-alert__heading">{heading}</h1>
          <p className="usa-alert__text">{text}</p>
        </div>
      </div>
      <p>
        <button type="button" className="usa-button margin-top-2" onClick={() => window.location.reload()}>
          {t('problems.reload')}
        </button>
      </p>
    </div>
  );
}
