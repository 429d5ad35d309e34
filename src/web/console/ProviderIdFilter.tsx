import { useTranslation } from 'react-i18next';
import { TextField } from '../forms/TextField';

/** A console list's "Provider ID" filter: 9 digits, or empty for every provider. */
export function ProviderIdFilter({ id, value, onChange, error }: { id: string; value: string; onChange: (e: { target: { value: string } }) => void; error: string | undefined }) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      label={t('countyReview.providerLabel')}
      hint={t('countyReview.providerHint')}
      inputMode="numeric"
      autoComplete="off"
      inputClassName="usa-input--medium"
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
