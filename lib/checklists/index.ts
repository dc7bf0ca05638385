import type { MessageKey } from '../i18n';
import type { StateId } from '../states';

/**
 * The checklist for each trouble state, in the order a person should work through it. Items are
 * i18n keys: the advice itself lives in the catalogues, written from the guidance in our words.
 */
export const CHECKLISTS: Readonly<Record<StateId, readonly MessageKey[]>> = {
  payment_failed: [
    'check.payment_failed.network',
    'check.payment_failed.balance',
    'check.payment_failed.merchant',
    'check.payment_failed.record',
    'check.payment_failed.contact',
    'check.payment_failed.patience',
  ],
  account_locked: [
    'check.account_locked.calm',
    'check.account_locked.instructions',
    'check.account_locked.contact',
    'check.account_locked.identity',
    'check.account_locked.record',
    'check.account_locked.provider',
  ],
  limit_exceeded: [
    'check.limit_exceeded.which',
    'check.limit_exceeded.wait',
    'check.limit_exceeded.verify',
    'check.limit_exceeded.contact',
  ],
  funds_missing: [
    'check.funds_missing.status',
    'check.funds_missing.details',
    'check.funds_missing.record',
    'check.funds_missing.contact',
  ],
  unauthorized_activity: [
    'check.unauthorized_activity.secure',
    'check.unauthorized_activity.report',
    'check.unauthorized_activity.card',
    'check.unauthorized_activity.record',
    'check.unauthorized_activity.codes',
  ],
  refund_issue: [
    'check.refund_issue.request',
    'check.refund_issue.review',
    'check.refund_issue.policy',
    'check.refund_issue.contact',
  ],
};

/** Advice for any contact with support, from the guidance on complaining well. */
export const CONTACT_TIPS: readonly MessageKey[] = [
  'tips.precise',
  'tips.record',
  'tips.followUp',
  'tips.calm',
];
