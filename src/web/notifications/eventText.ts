import type { TFunction } from 'i18next';
import type { NotificationChannel, NotificationEvent } from '../../contracts/notifications';

export function eventText(t: TFunction, event: NotificationEvent): string {
  const texts: Record<NotificationEvent, string> = {
    timesheet_approved: t('notifications.eventTimesheetApproved'),
    timesheet_rejected: t('notifications.eventTimesheetRejected'),
    payment_issued: t('notifications.eventPaymentIssued'),
    payment_paid: t('notifications.eventPaymentPaid'),
    payment_returned: t('notifications.eventPaymentReturned'),
    recipient_no_action: t('notifications.eventRecipientNoAction'),
    violation_recorded: t('notifications.eventViolationRecorded'),
    new_message: t('notifications.eventNewMessage'),
    pay_period_ending: t('notifications.eventPayPeriodEnding'),
    password_changed: t('notifications.eventPasswordChanged'),
    contact_changed: t('notifications.eventContactChanged'),
    account_created: t('notifications.eventAccountCreated'),
    second_factor_changed: t('notifications.eventSecondFactorChanged'),
    recovery_code_used: t('notifications.eventRecoveryCodeUsed'),
    second_factor_reset: t('notifications.eventSecondFactorReset'),
    new_device_sign_in: t('notifications.eventNewDeviceSignIn'),
    withholding_changed: t('notifications.eventWithholdingChanged'),
  };
  return texts[event];
}

export function channelText(t: TFunction, channel: NotificationChannel): string {
  const texts: Record<NotificationChannel, string> = {
    in_app: t('notifications.channelInApp'),
    email: t('notifications.channelEmail'),
    sms: t('notifications.channelText'),
  };
  return texts[channel];
}
