import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaxFormView, W2Boxes } from '../../contracts/payments';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDay, formatMoney } from '../timesheets/format';
import { DownloadLink } from './DownloadLink';
import { api } from '../api';

/**
 * "Tax forms" (issue #15): the provider's W-2 for each year and each recipient who employed them, with its boxes and
 * the PDF, from January 31 of the following year; before that, the day it will be ready.
 */
export function TaxFormsPage() {
  const { t } = useTranslation();
  usePageTitle(t('taxForms.title'));
  const list = useQuery(api.payments.taxForms.query());
  const forms = list.data?.forms ?? [];
  return (
    <>
      <h1>{t('taxForms.title')}</h1>
      <p className="measure-5">{t('taxForms.intro')}</p>
      <p>
        <Link to="/payments">{t('taxForms.back')}</Link>
      </p>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && forms.length === 0 && <p>{t('taxForms.empty')}</p>}
      {forms.map((f) => (
        <TaxForm key={`${f.year}-${f.caseNumber}`} form={f} />
      ))}
    </>
  );
}

function TaxForm({ form: f }: { form: TaxFormView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = `${f.employer.firstName} ${f.employer.lastName}`;
  const headingId = `w2-${f.year}-${f.caseNumber}`;
  return (
    <section className="dashboard-region" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('taxForms.heading', { year: f.year, name })}</h2>
      <p className="margin-top-0">{t('taxForms.caseNumber', { caseNumber: f.caseNumber })}</p>
      {f.boxes === null ? (
        <p>{t('taxForms.notYet', { date: formatDay(f.availableFrom, lang) })}</p>
      ) : (
        <>
          <Boxes boxes={f.boxes} caption={t('taxForms.boxesCaption', { year: f.year, name })} />
          <p>
            <DownloadLink
              href={api.payments.w2.url({ params: { year: f.year, caseNumber: f.caseNumber } })}
              fileName={`w2-${f.year}-${f.caseNumber}.pdf`}
              label={t('taxForms.downloadLabel', { year: f.year, name })}
            >
              {t('taxForms.download')}
            </DownloadLink>
          </p>
        </>
      )}
    </section>
  );
}

function Boxes({ boxes: b, caption }: { boxes: W2Boxes; caption: string }) {
  const { t, i18n } = useTranslation();
  const rows = [
    [t('taxForms.box.wages'), b.wages],
    [t('taxForms.box.federalTax'), b.federalTax],
    [t('taxForms.box.socialSecurityWages'), b.socialSecurityWages],
    [t('taxForms.box.socialSecurityTax'), b.socialSecurityTax],
    [t('taxForms.box.medicareWages'), b.medicareWages],
    [t('taxForms.box.medicareTax'), b.medicareTax],
    [t('taxForms.box.sdi'), b.sdi],
    [t('taxForms.box.stateWages'), b.stateWages],
    [t('taxForms.box.stateTax'), b.stateTax],
  ] as const;
  return (
    <table className="usa-table usa-table--borderless width-full">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('taxForms.boxHead')}</th>
          <th scope="col" className="text-right">
            {t('taxForms.amountHead')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, cents]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="text-right">{formatMoney(cents, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
