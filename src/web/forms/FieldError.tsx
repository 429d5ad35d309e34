/**
 * A field's error message in a live region that is always present, so screen readers announce the message
 * when it appears. The message's id is what the control names in aria-describedby.
 */
export function FieldError({ id, error }: { id?: string | undefined; error?: string | undefined }) {
  return (
    <div aria-live="polite">
      {error && (
        <span className="usa-error-message" id={id}>
          {error}
        </span>
      )}
    </div>
  );
}
