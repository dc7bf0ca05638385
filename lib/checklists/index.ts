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

/** Help topics reachable from the menu, for problems the page does not show (or advice). */
export const TOPIC_IDS = [
  'security',
  'password',
  'refund',
  'findContact',
  'complainWell',
  'afterComplaint',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/**
 * The steps or advice of each topic, as i18n keys. `refund` reuses the refund-issue checklist so
 * the same advice is never worded twice.
 */
export const TOPICS: Readonly<Record<TopicId, readonly MessageKey[]>> = {
  security: [
    'check.security.twoStep',
    'check.security.encryption',
    'check.security.changePassword',
    'check.security.strongPassword',
    'check.security.publicNetwork',
    'check.security.limits',
  ],
  password: [
    'check.password.complex',
    'check.password.notShared',
    'check.password.notReused',
    'check.password.oneTimeCodes',
  ],
  refund: CHECKLISTS.refund_issue,
  findContact: [
    'guide.findContact.website',
    'guide.findContact.app',
    'guide.findContact.social',
    'guide.findContact.guide',
    'guide.findContact.choose',
  ],
  complainWell: CONTACT_TIPS,
  afterComplaint: [
    'guide.after.result',
    'guide.after.terms',
    'guide.after.evidence',
    'guide.after.legal',
  ],
};

/** Topics whose items are steps to tick off (the others are advice to read). */
export const TICKABLE_TOPICS: ReadonlySet<TopicId> = new Set(['security', 'password', 'refund']);

/** True for a string that names a topic (menu choices arrive as strings). */
export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}
