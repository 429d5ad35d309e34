import { useTranslation } from 'react-i18next';
import { FileImportForm } from './FileImportForm';
import { api } from '../../api';

/** Payroll records the bank's acknowledgement file: its payments become paid (a returned one: paid again). */
export function SettlementForm({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useTranslation();
  return (
    <FileImportForm
      id="settlement-file"
      send={(body) => api.payments.importSettlement({ body })}
      heading={t('staffPayments.settleHeading')}
      fileLabel={t('staffPayments.fileLabel')}
      fileHint={t('staffPayments.fileHint')}
      missing="settlementFileMissing"
      button={t('staffPayments.record')}
      resultText={(r) => t('staffPayments.recorded', { fileName: r.fileName, recorded: r.recorded, already: r.already })}
      onRecorded={onRecorded}
    />
  );
}

/** Payroll records the bank's returns file (ADR 0007): its paid payments become returned, and each provider is told. */
export function ReturnsForm({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useTranslation();
  return (
    <FileImportForm
      id="returns-file"
      send={(body) => api.payments.importReturns({ body })}
      heading={t('staffPayments.returnsHeading')}
      fileLabel={t('staffPayments.returnsFileLabel')}
      fileHint={t('staffPayments.returnsFileHint')}
      missing="returnsFileMissing"
      button={t('staffPayments.returnsRecord')}
      resultText={(r) => t('staffPayments.returnsRecorded', { fileName: r.fileName, recorded: r.recorded, already: r.already })}
      onRecorded={onRecorded}
    />
  );
}
