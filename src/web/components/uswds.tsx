import type { ButtonHTMLAttributes, FieldsetHTMLAttributes, InputHTMLAttributes, ReactNode } from 'react';

/*
 * The few USWDS components the portal uses, as plain markup from the design system's pages
 * (https://designsystem.digital.gov/components/). A component library shipped as one bundle that cannot be
 * tree-shaken put about 40 kB (gzipped) of components nobody uses on every phone, for five elements and their classes.
 */

type HeadingLevel = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** https://designsystem.digital.gov/components/button/ */
export function Button({
  type,
  outline,
  secondary,
  unstyled,
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { type: 'button' | 'submit' | 'reset'; outline?: boolean; secondary?: boolean; unstyled?: boolean }) {
  const classes = ['usa-button', outline && 'usa-button--outline', secondary && 'usa-button--secondary', unstyled && 'usa-button--unstyled', className];
  return <button type={type} className={classes.filter(Boolean).join(' ')} {...rest} />;
}

/** https://designsystem.digital.gov/components/alert/ */
export function Alert({
  type,
  heading,
  headingLevel: Heading,
  slim,
  className,
  children,
}: {
  type: 'success' | 'warning' | 'error' | 'info' | 'emergency';
  heading?: ReactNode;
  headingLevel: HeadingLevel;
  slim?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const classes = ['usa-alert', `usa-alert--${type}`, slim && 'usa-alert--slim', className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <div className="usa-alert__body">
        {heading && <Heading className="usa-alert__heading">{heading}</Heading>}
        {/* Text goes in a paragraph; lists and paragraphs of their own cannot sit inside one. */}
        {typeof children === 'string' ? <p className="usa-alert__text">{children}</p> : <div className="usa-alert__text">{children}</div>}
      </div>
    </div>
  );
}

const LEGEND = { default: 'usa-legend', large: 'usa-legend usa-legend--large', srOnly: 'usa-sr-only' } as const;

export function Fieldset({
  legend,
  legendStyle = 'default',
  className,
  children,
  ...rest
}: FieldsetHTMLAttributes<HTMLFieldSetElement> & { legend: ReactNode; legendStyle?: keyof typeof LEGEND }) {
  return (
    <fieldset className={className ? `usa-fieldset ${className}` : 'usa-fieldset'} {...rest}>
      <legend className={LEGEND[legendStyle]}>{legend}</legend>
      {children}
    </fieldset>
  );
}

type ChoiceProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  id: string;
  name: string;
  label: ReactNode;
  labelDescription?: ReactNode;
  tile?: boolean;
};

function Choice({ kind, id, label, labelDescription, tile, className, ...input }: ChoiceProps & { kind: 'radio' | 'checkbox' }) {
  return (
    <div className={className ? `usa-${kind} ${className}` : `usa-${kind}`}>
      <input className={`usa-${kind}__input${tile ? ` usa-${kind}__input--tile` : ''}`} id={id} type={kind} {...input} />
      <label className={`usa-${kind}__label`} htmlFor={id}>
        {label}
        {labelDescription && <span className="usa-checkbox__label-description">{labelDescription}</span>}
      </label>
    </div>
  );
}

/** https://designsystem.digital.gov/components/radio-buttons/ */
export const Radio = (props: ChoiceProps) => <Choice kind="radio" {...props} />;

/** https://designsystem.digital.gov/components/checkbox/ */
export const Checkbox = (props: ChoiceProps) => <Choice kind="checkbox" {...props} />;

export type StepStatus = 'complete' | 'current' | 'incomplete';

/**
 * https://designsystem.digital.gov/components/step-indicator/ with small counters: the steps, each complete one said
 * to be so for screen readers, and a heading "Step 2 of 4 Add your email" that can take focus.
 */
export function StepIndicator({
  steps,
  headingLevel: Heading,
  headingId,
  stepText,
  ofText,
  statusText,
}: {
  steps: readonly { label: string; status: StepStatus }[];
  headingLevel: HeadingLevel;
  headingId: string;
  stepText: string;
  ofText: string;
  statusText: { complete: string; incomplete: string };
}) {
  const current = steps.findIndex((step) => step.status === 'current');
  return (
    <div className="usa-step-indicator usa-step-indicator--counters-sm">
      <ol className="usa-step-indicator__segments">
        {steps.map(({ label, status }) => (
          <li
            key={label}
            className={`usa-step-indicator__segment${status === 'incomplete' ? '' : ` usa-step-indicator__segment--${status}`}`}
            aria-current={status === 'current' ? true : undefined}
          >
            <span className="usa-step-indicator__segment-label">
              {label} {status !== 'current' && <span className="usa-sr-only">{statusText[status]}</span>}
            </span>
          </li>
        ))}
      </ol>
      <div className="usa-step-indicator__header">
        <Heading className="usa-step-indicator__heading" id={headingId} tabIndex={-1}>
          <span className="usa-step-indicator__heading-counter">
            <span className="usa-sr-only">{stepText}</span>
            <span className="usa-step-indicator__current-step">{current + 1}</span>{' '}
            <span className="usa-step-indicator__total-steps">
              {ofText} {steps.length}
            </span>{' '}
          </span>
          <span className="usa-step-indicator__heading-text">{steps[current]?.label}</span>
        </Heading>
      </div>
    </div>
  );
}
