import type { CaseRecord, TimelineEvent } from './schema';

/** One line of a case's timeline as shown: an event of the case, or a file of its evidence. */
export type TimelineItem =
  ({ type: 'event' } & TimelineEvent) | { type: 'file'; at: string; label: string; sha256: string };

/**
 * The case's timeline as the person reads it: its own events, and each file added from outside
 * the browser (a statement, an e-mail, a chat) at the time it says it happened (or when it was
 * added), in time order. Events keep their order among themselves.
 */
export function caseTimeline(record: CaseRecord): TimelineItem[] {
  const items: TimelineItem[] = record.timeline.map((event) => ({ type: 'event', ...event }));
  for (const link of record.evidence) {
    if (!link.file) continue;
    items.push({
      type: 'file',
      at: link.file.occurredAt ?? link.capturedAt,
      label: link.file.label,
      sha256: link.sha256,
    });
  }
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Date.parse(a.item.at) - Date.parse(b.item.at) || a.index - b.index)
    .map(({ item }) => item);
}
