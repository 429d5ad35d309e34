import { useTranslation } from 'react-i18next';
import type { PayExpectationView } from '../../contracts/claims';
import { STATEWIDE_HELP_DESK } from '../contract-constants';
import { HelpDeskContact } from '../components/HelpDeskContact';
import { useSession } from '../session';
import { formatDay } from '../timesheets/format';
import { ReasonList } from './ReasonList';

type Stage = PayExpectationView['stages'][number];

/** The day the money is expected (or came), in a sentence: the one line a provider looks for. */
export function usePayHeadline() {
  const { t, i18n } = useTranslation();
  return (pay: PayExpectationView): string => {
    if (pay.stage === 'sent_back') return t('whereIsMyPay.headline.sentBack');
    if (pay.stage === 'returned' || pay.expectedOn === null) return t('whereIsMyPay.headline.returned');
    const date = formatDay(pay.expectedOn, i18n.language);
    if (pay.method === 'warrant') return pay.arrived ? t('whereIsMyPay.headline.mailArrived', { date }) : t('whereIsMyPay.headline.mail', { date });
    return pay.arrived ? t('whereIsMyPay.headline.depositArrived', { date }) : t('whereIsMyPay.headline.deposit', { date });
  };
}

/** A step in words: what happened on its day, or what is expected by it. */
function useStepText() {
  const { t, i18n } = useTranslation();
  return (stage: Stage, pay: PayExpectationView): string => {
    const date = stage.on === null ? '' : formatDay(stage.on, i18n.language);
    const done = stage.state === 'done';
    switch (stage.kind) {
      case 'recipient':
        return done ? t('whereIsMyPay.step.recipientDone', { date }) : t('whereIsMyPay.step.recipientWaiting', { date });
      case 'county_review':
        if (done) return t('whereIsMyPay.step.countyDone', { date });
        return stage.state === 'now' ? t('whereIsMyPay.step.countyWaiting', { date }) : t('whereIsMyPay.step.countyNext', { date });
      case 'approved':
        return done ? t('whereIsMyPay.step.approvedDone', { date }) : t('whereIsMyPay.step.approvedNext', { date });
      case 'pay_run':
        return done ? t('whereIsMyPay.step.payRunDone', { date }) : t('whereIsMyPay.step.payRunNext', { date });
      case 'deposit':
        return done ? t('whereIsMyPay.step.depositDone', { date }) : t('whereIsMyPay.step.depositNext', { date });
      case 'mail': {
        if (done) return t('whereIsMyPay.step.mailDone', { date });
        const mailed = pay.mailedOn === null ? '' : formatDay(pay.mailedOn, i18n.language);
        const issued = pay.stages.some((s) => s.kind === 'pay_run' && s.state === 'done');
        return issued ? t('whereIsMyPay.step.mailSent', { mailed, date }) : t('whereIsMyPay.step.mailNext', { mailed, date });
      }
      case 'returned':
        return t('whereIsMyPay.step.returned', { date });
      case 'sent_back':
        return t('whereIsMyPay.step.sentBack', { date });
    }
  };
}

/** What the late step's promise was and how late it is. */
function useLateText() {
  const { t, i18n } = useTranslation();
  return (late: NonNullable<PayExpectationView['late']>): string => {
    const values = { date: formatDay(late.dueOn, i18n.language), late: t('whereIsMyPay.late.days', { count: late.daysLate }) };
    switch (late.stage) {
      case 'recipient':
        return t('whereIsMyPay.late.recipient', values);
      case 'county_review':
        return t('whereIsMyPay.late.countyReview', values);
      case 'deposit':
        return t('whereIsMyPay.late.deposit', values);
      case 'mail':
        return t('whereIsMyPay.late.mail', values);
      default:
        return t('whereIsMyPay.late.payRun', values);
    }
  };
}

/** The county's help desk to call about a late step: the one the footer shows. */
export function CallHelpDesk({ headingLevel }: { headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const helpDesk = user?.helpDesk ?? { ...STATEWIDE_HELP_DESK, statewide: true };
  return (
    <>
      <p className="usa-alert__text">{t('whereIsMyPay.late.call')}</p>
      <HelpDeskContact helpDesk={helpDesk} countyName={user?.county?.name} headingLevel={headingLevel} />
    </>
  );
}

/** A late step: what was promised, how late it is, and (unless the page shows it once for several) whom to call. */
export function PayLate({ pay, call }: { pay: PayExpectationView; call: boolean }) {
  const lateText = useLateText();
  if (!pay.late) return null;
  return (
    <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-1">
      <div className="usa-alert__body">
        <p className="usa-alert__text text-bold">{lateText(pay.late)}</p>
        {call && <CallHelpDesk headingLevel={3} />}
      </div>
    </div>
  );
}

const STATE_TAG = { done: 'bg-green', now: 'bg-primary', next: 'bg-base' } as const;

/**
 * "Where is my pay" of one claim: the day the money is expected, each step with its day (done, now, next, in words
 * and not by colour alone), why the step in progress waits, and, when it is late, whom to call.
 */
export function WhereIsMyPay({ pay }: { pay: PayExpectationView }) {
  const { t } = useTranslation();
  const headline = usePayHeadline();
  const stepText = useStepText();
  const states = { done: t('whereIsMyPay.state.done'), now: t('whereIsMyPay.state.now'), next: t('whereIsMyPay.state.next') };
  return (
    <section className="margin-y-3" aria-labelledby="where-is-my-pay">
      <h2 id="where-is-my-pay">{t('whereIsMyPay.heading')}</h2>
      <p className="text-bold font-body-md">{headline(pay)}</p>
      <PayLate pay={pay} call />
      <h3>{t('whereIsMyPay.stepsHeading')}</h3>
      <ol className="usa-list usa-list--unstyled">
        {pay.stages.map((stage) => (
          <li key={stage.kind} className="padding-y-05" aria-current={stage.state === 'now' ? 'step' : undefined}>
            <span className={`usa-tag ${STATE_TAG[stage.state]} margin-right-1`}>{states[stage.state]}</span>
            {stepText(stage, pay)}
            {stage.state === 'now' && stage.kind === 'county_review' && (
              <>
                {pay.onHold && <p className="margin-y-05">{t('whereIsMyPay.step.countyOnHold')}</p>}
                {pay.reasons.length > 0 && (
                  <>
                    <p className="margin-y-05">{t('whereIsMyPay.step.countyWhy')}</p>
                    <ReasonList reasons={pay.reasons} howToFix={t('claims.timeline.whatToDo')} />
                  </>
                )}
              </>
            )}
            {stage.kind === 'returned' && pay.reasons.length > 0 && (
              <>
                <p className="margin-y-05">{t('whereIsMyPay.step.returnedWhy')}</p>
                <ReasonList reasons={pay.reasons} howToFix={t('claims.timeline.whatToDo')} />
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
