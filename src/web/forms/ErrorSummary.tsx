import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field to jump to, or none for a problem with the whole form. */
  fieldId?: string;
  text: string;
}

/**
 * The USWDS error alert at the top of a form: "There is a problem" and a link to each field in error.
 * It appears after the first failed submit and takes focus at each one (`focusSignal` counts them), so
 * screen readers hear it at once.
 */
export function ErrorSummary({ items, focusSignal }: { items: SummaryItem[]; focusSignal: number }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusSignal > 0) box.current?.focus();
  }, [focusSignal]);
  // Problems found while typing show beside their fields; the summary waits for an attempt to submit.
  if (items.length === 0 || focusSignal === 0) return null;
  return (
    <div className="usa-alert usa-alert--error margin-bottom-3" ref={box} tabIndex={-1} aria-labelledby="error-summary-heading">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {t('errorSummary.heading')}
        </h2>
        <ul className="usa-list usa-list--unstyled">
          {items.map((item) => (
            <li key={`${item.fieldId ?? ''}:${item.text}`}>
              {item.fieldId ? (
                <a
                  href={`#${item.fieldId}`}
                  onClick={(e) => {
                    // Move focus to the field itself, not just scroll to it.
                    const field = document.getElementById(item.fieldId!);
                    if (field) {
                      e.preventDefault();
                      field.focus();
                    }
                  }}
                >
                  {item.text}
                </a>
              ) : (
                <p className="usa-alert__text">{item.text}</p>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
