import { useTranslation } from 'react-i18next';
import { returnImportResult, settlementResult } from '../../../contracts/payments';
import { FileImportForm } from './FileImportForm';

/** Payroll records the bank's acknowledgement file: its payments become paid (a returned one: paid again). */
export function SettlementForm({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useTranslation();
  return (
    <FileImportForm
      id="settlement-file"
      path="/api/staff/payment-settlements"
      schema={settlementResult}
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
      path="/api/staff/payment-returns"
      schema={returnImportResult}
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
