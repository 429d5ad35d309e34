import { useTranslation } from 'react-i18next';

/** USWDS "Show password": one button that reveals the password fields it controls. */
export function PasswordToggle({ controls, shown, onToggle }: { controls: string[]; shown: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="usa-show-password" aria-controls={controls.join(' ')} onClick={onToggle}>
      {shown ? t('password.hide') : t('password.show')}
    </button>
  );
}
