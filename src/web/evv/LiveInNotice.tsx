import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseStatusView } from '../../contracts/cases';

export const fullName = (c: CaseStatusView) => `${c.recipient.firstName} ${c.recipient.lastName}`;

/** The provider's cases where they live with the recipient: no check-in, their hours go on the timesheet. */
export function liveInCases(cases: readonly CaseStatusView[]) {
  return cases.filter((c) => c.assignment?.liveIn);
}

/** Says which recipients need no check-in, on the check-in page and the dashboard. */
export function LiveInNotice({ cases }: { cases: readonly CaseStatusView[] }) {
  const { t } = useTranslation();
  const liveIn = liveInCases(cases);
  if (liveIn.length === 0) return null;
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim">
      <div className="usa-alert__body">
        {liveIn.map((c) => (
          <p className="usa-alert__text" key={c.caseNumber}>
            {t('evv.liveIn', { name: fullName(c) })}
          </p>
        ))}
        <p className="usa-alert__text">
          <Link to="/timesheets">{t('evv.timesheetsLink')}</Link>
        </p>
      </div>
    </div>
  );
}
