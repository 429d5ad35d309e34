import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../contracts/dashboard';
import { Link } from 'react-router';
import { CountAmountTable } from '../components/CountAmountTable';
import { useDashboard } from '../evv/DashboardRegions';
import { formatMoney, formatShortDay, formatSpan } from '../timesheets/format';
import { useStatusText } from '../timesheets/StatusText';
import { useViolations } from '../violations/useViolations';
import { CallHelpDesk, PayLate, usePayHeadline } from './WhereIsMyPay';

/**
 * The dashboard's "Billing and invoicing" (issue #5): the pay on its way with the day each claim's money is expected
 * (issue #15), claims and amounts by state, the latest payments, and where to see more.
 */
export function BillingRegion() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const statusText = useStatusText();
  const data = useDashboard().data;
  const violations = useViolations().data?.violations ?? [];
  const billing = data?.role === 'provider' ? data.billing : null;
  const open = violations.filter((v) => !v.rescinded && (v.canDispute || v.training.canTake));
  return (
    <section className="dashboard-region" aria-labelledby="dash-billing">
      <h2 id="dash-billing">{t('dashboard.billingHeading')}</h2>
      {open.length > 0 && (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              <Link to="/violations">{t('billing.violationsFlag')}</Link>
            </p>
          </div>
        </div>
      )}
      {billing && billing.count === 0 && billing.latestPayments.length === 0 && <p className="dashboard-region__empty">{t('dashboard.billingEmpty')}</p>}
      {billing && billing.onTheWay.length > 0 && <PayOnTheWay claims={billing.onTheWay} />}
      {billing && billing.count > 0 && (
        <>
          <p>{t('billing.sent', { count: billing.count })}</p>
          <CountAmountTable
            caption={t('billing.caption')}
            heads={[t('billing.status'), t('billing.claims'), t('billing.amount')]}
            rows={billing.byState.map((s) => ({ key: s.status, label: <Link to={`/claims?status=${s.status}`}>{statusText(s.status)}</Link>, count: s.count, cents: s.cents }))}
          />
        </>
      )}
      {billing && billing.latestPayments.length > 0 && (
        <>
          <h3>{t('billing.latestHeading')}</h3>
          <ul className="usa-list usa-list--unstyled">
            {billing.latestPayments.map((p) => (
              <li key={p.id}>
                {t('billing.latestLine', {
                  date: formatShortDay(p.issueDate, lang),
                  amount: formatMoney(p.cents.net, lang),
                  gross: formatMoney(p.cents.gross, lang),
                  name: `${p.recipient.firstName} ${p.recipient.lastName}`,
                })}
                {p.returned && (
                  <>
                    {' '}
                    <Link to="/payments" className="text-bold">
                      {t('billing.latestReturned', { date: formatShortDay(p.returned.on, lang) })}
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="usa-list usa-list--unstyled link-list">
        <li>
          <Link to="/claims">{t('billing.claimsLink')}</Link>
        </li>
        <li>
          <Link to="/payments">{t('billing.paymentsLink')}</Link>
        </li>
        <li>
          <Link to="/violations">{t('billing.violationsLink')}</Link>
        </li>
      </ul>
    </section>
  );
}

type OnTheWay = Extract<Dashboard, { role: 'provider' }>['billing']['onTheWay'];

/** Each claim whose money has not arrived: the day it is expected, a late step with what was promised, and whom to call once. */
function PayOnTheWay({ claims }: { claims: OnTheWay }) {
  const { t, i18n } = useTranslation();
  const headline = usePayHeadline();
  return (
    <>
      <h3>{t('whereIsMyPay.dashboardHeading')}</h3>
      <ul className="usa-list usa-list--unstyled">
        {claims.map((c) => (
          <li key={c.timesheetId} className="padding-y-05">
            <Link to={`/claims/${c.timesheetId}`}>
              {t('whereIsMyPay.forClaim', { name: `${c.recipient.firstName} ${c.recipient.lastName}`, span: formatSpan(c.payPeriod.start, c.payPeriod.end, i18n.language) })}
            </Link>
            <br />
            <span className="text-bold">{headline(c.pay)}</span>
            <PayLate pay={c.pay} call={false} />
          </li>
        ))}
      </ul>
      {claims.some((c) => c.pay.late) && <CallHelpDesk headingLevel={3} />}
    </>
  );
}
