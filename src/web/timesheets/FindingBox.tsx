import { useTranslation } from 'react-i18next';
import type { FindingKind } from '../../domain/index';

/** A rules engine finding's kind, or `returned`: a reason the county or the recipient gave for sending the version back. */
export type ShownKind = FindingKind | 'returned';

export interface ShownFinding {
  kind: ShownKind;
  title: string;
  howToFix: string;
}

const ALERT: Record<ShownKind, string> = {
  blocking: 'usa-alert--error',
  returned: 'usa-alert--warning',
  violation: 'usa-alert--warning',
  exception: 'usa-alert--info',
  warning: 'usa-alert--info',
};

/** The kind in words, so it never rests on the alert's colour or icon alone. */
export function useKindText() {
  const { t } = useTranslation();
  return (kind: ShownKind): string =>
    ({
      blocking: t('timesheets.kind.blocking'),
      returned: t('timesheets.kind.returned'),
      violation: t('timesheets.kind.violation'),
      exception: t('timesheets.kind.exception'),
      warning: t('timesheets.kind.warning'),
    })[kind];
}

/** A finding in plain words: its kind, what is wrong, and how to fix it. */
export function FindingBox({ finding }: { finding: ShownFinding }) {
  const { t } = useTranslation();
  const kindText = useKindText();
  return (
    <div className={`usa-alert usa-alert--slim ${ALERT[finding.kind]} finding margin-y-1`}>
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          <strong className="finding__kind">{kindText(finding.kind)}:</strong> {finding.title}
        </p>
        <p className="usa-alert__text finding__fix">
          <strong>{t('timesheets.howToFix')}</strong> {finding.howToFix}
        </p>
      </div>
    </div>
  );
}

export function FindingList({ findings }: { findings: readonly ShownFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="usa-list usa-list--unstyled finding-list">
      {findings.map((f, i) => (
        <li key={`${f.kind}-${i}-${f.title}`}>
          <FindingBox finding={f} />
        </li>
      ))}
    </ul>
  );
}
