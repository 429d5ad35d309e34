import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, MAX_MONTHLY_AUTHORIZED_MINUTES } from '../../../domain/recipient-case';
import type { Issue } from '../../forms/issues';
import { TextField } from '../../forms/TextField';
import { TextArea } from '../../forms/TextArea';
import { EMPTY_DATE, toIsoDate, type DateParts } from '../../forms/MemorableDate';
import { NumberPartsField } from '../../forms/NumberPartsField';

export type CaseStatus = (typeof CASE_STATUSES)[number];

export const STATUS_WORDS = {
  pending: 'cases.status.pending',
  active: 'cases.status.active',
  on_hold: 'cases.status.onHold',
  terminated: 'cases.status.terminated',
} as const satisfies Record<CaseStatus, string>;

/** "YYYY-MM-DD" as the memorable date's three fields. */
export function dateParts(iso: string | null): DateParts {
  if (!iso) return EMPTY_DATE;
  const [year = '', month = '', day = ''] = iso.split('-');
  return { month, day, year };
}

/** An optional date: null when nothing is typed, else what toIsoDate makes of it (the schema reports a partial date). */
export function optionalIsoDate(parts: DateParts): string | null {
  return parts.month.trim() === '' && parts.day.trim() === '' && parts.year.trim() === '' ? null : toIsoDate(parts);
}

export interface HoursMinutes {
  hours: string;
  minutes: string;
}
export const EMPTY_HOURS: HoursMinutes = { hours: '', minutes: '' };

export function hoursParts(minutes: number | null): HoursMinutes {
  return minutes === null ? EMPTY_HOURS : { hours: String(Math.floor(minutes / 60)), minutes: String(minutes % 60) };
}

/**
 * Hours and minutes as the API's minutes: null when nothing is typed, or the problem in words of this screen
 * (whole hours up to the month's maximum, minutes 0 to 59), so it never speaks of minutes people did not type.
 */
export function toMinutes({ hours, minutes }: HoursMinutes, words: (max: number) => string): { minutes: number | null } | { issue: Issue } {
  const [h, m] = [hours.trim(), minutes.trim()];
  if (h === '' && m === '') return { minutes: null };
  const whole = /^\d{1,3}$/;
  const total = (Number(h || '0') * 60) + Number(m || '0');
  if ((h !== '' && !whole.test(h)) || (m !== '' && (!whole.test(m) || Number(m) > 59)) || total > MAX_MONTHLY_AUTHORIZED_MINUTES) {
    return { issue: { code: 'hoursMinutesRange', message: words(MAX_MONTHLY_AUTHORIZED_MINUTES / 60) } };
  }
  return { minutes: total };
}

/** "160 h 0 min": how the console writes a number of minutes. */
export function useHoursText() {
  const { t } = useTranslation();
  return (minutes: number) => t('cases.hoursText', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** Hours and minutes as two labelled number fields in a fieldset, like the USWDS memorable date. */
export function HoursMinutesField({
  id,
  legend,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  hint: string;
  value: HoursMinutes;
  onChange(value: HoursMinutes): void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <NumberPartsField
      id={id}
      legend={legend}
      hint={hint}
      value={value}
      onChange={onChange}
      error={error}
      parts={[
        { name: 'hours', label: t('cases.hoursLabel'), maxLength: 3, className: 'hours-minutes__part' },
        { name: 'minutes', label: t('cases.minutesLabel'), maxLength: 2, className: 'hours-minutes__part' },
      ]}
    />
  );
}

export interface MonthParts {
  month: string;
  year: string;
}

/** "YYYY-MM" for the contracts' isoMonth, or what was typed, so the schema reports the problem. */
export const toIsoMonth = ({ month, year }: MonthParts) => `${year.trim().padStart(4, '0')}-${month.trim().padStart(2, '0')}`;

/** A month as two labelled number fields (month, year), the memorable date without its day. */
export function MonthField({ id, legend, hint, value, onChange, error }: { id: string; legend: string; hint: string; value: MonthParts; onChange(value: MonthParts): void; error?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <NumberPartsField
      id={id}
      legend={legend}
      hint={hint}
      value={value}
      onChange={onChange}
      error={error}
      parts={[
        { name: 'month', label: t('date.month'), maxLength: 2, className: 'usa-form-group--month' },
        { name: 'year', label: t('date.year'), maxLength: 4, className: 'usa-form-group--year' },
      ]}
    />
  );
}

/** The case's status as a select. */
export function StatusSelect({ id, value, onChange }: { id: string; value: CaseStatus; onChange(value: CaseStatus): void }) {
  const { t } = useTranslation();
  return (
    <div className="usa-form-group">
      <label className="usa-label" htmlFor={id}>
        {t('cases.statusLabel')}
      </label>
      <select id={id} className="usa-select" value={value} onChange={(e) => onChange(e.target.value as CaseStatus)}>
        {CASE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(STATUS_WORDS[s])}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface Contact {
  street: string;
  unit: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  diagnoses: string;
}
export const EMPTY_CONTACT: Contact = { street: '', unit: '', city: '', state: 'CA', zip: '', phone: '', diagnoses: '' };

/** The sensitive fields as the API takes them: null for what is left empty (the address as a whole). */
export function contactInput(c: Contact) {
  const orNull = (v: string) => (v.trim() === '' ? null : v);
  const typedAddress = c.street || c.unit || c.city || c.zip;
  return {
    address: typedAddress ? { street: c.street, unit: orNull(c.unit), city: c.city, state: c.state, zip: c.zip } : null,
    phone: orNull(c.phone),
    diagnoses: orNull(c.diagnoses),
  };
}

/** The field paths of the sensitive fields and the ids of their inputs, for useFormProblems. */
export const contactFieldIds = (prefix: string) =>
  [
    ['address.street', `${prefix}-street`],
    ['address.city', `${prefix}-city`],
    ['address.state', `${prefix}-state`],
    ['address.zip', `${prefix}-zip`],
    ['phone', `${prefix}-phone`],
    ['diagnoses', `${prefix}-diagnoses`],
  ] as const;

/** Address, phone and diagnoses: sensitive, read only through the audited view. */
export function ContactFields({ prefix, value, onChange, errorOf }: { prefix: string; value: Contact; onChange(value: Contact): void; errorOf(path: string): string | undefined }) {
  const { t } = useTranslation();
  const field = (name: keyof Contact, path: string = name) => ({
    value: value[name],
    onChange: (e: { target: { value: string } }) => onChange({ ...value, [name]: e.target.value }),
    error: errorOf(path),
  });
  return (
    <>
      <p className="usa-hint">{t('cases.addressHint')}</p>
      <TextField id={`${prefix}-street`} label={t('enrol.street')} autoComplete="off" {...field('street', 'address.street')} />
      <TextField id={`${prefix}-unit`} label={t('enrol.unit')} autoComplete="off" {...field('unit', 'address.unit')} />
      <TextField id={`${prefix}-city`} label={t('enrol.city')} autoComplete="off" {...field('city', 'address.city')} />
      <TextField id={`${prefix}-state`} label={t('enrol.state')} autoComplete="off" maxLength={2} inputClassName="usa-input--xs" {...field('state', 'address.state')} />
      <TextField id={`${prefix}-zip`} label={t('enrol.zip')} autoComplete="off" inputMode="numeric" inputClassName="usa-input--medium" {...field('zip', 'address.zip')} />
      <TextField id={`${prefix}-phone`} type="tel" label={t('cases.phone')} hint={t('cases.phoneHint')} autoComplete="off" {...field('phone')} />
      <TextArea id={`${prefix}-diagnoses`} label={t('cases.diagnoses')} hint={t('cases.diagnosesHint')} rows={4} maxLength={2000} {...field('diagnoses')} />
    </>
  );
}
