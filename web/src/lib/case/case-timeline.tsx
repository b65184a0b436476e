import { OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../domain/case/case-event.schema';
import { Section } from '../ui/section';
import { useFormat } from '../format';

/** The whole history of a case, oldest first: who, in which role, when, what and why. */
export function CaseTimeline({ history }: { history: readonly HistoryEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Some steps record a code as their reason (an outcome, 'complete'); people's own words pass as they are.
  const reasonText = (reason: string) =>
    /^[a-z_]+$/.test(reason) ? t(`outcome.${reason}`, { defaultValue: t(`reason.${reason}`, { defaultValue: reason.replace(/_/g, ' ') }) }) : reason;
  const ordered = [...history].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Section headingId="timeline-heading" heading={t('timeline.heading')}>
      {ordered.length === 0 ? (
        <Paragraph>{t('timeline.empty')}</Paragraph>
      ) : (
        <OrderedList className="doorbraak-timeline">
          {ordered.map((entry) => (
            <OrderedListItem key={entry.id}>
              <strong>{t(`event.${entry.type}`, { defaultValue: entry.type.replace(/_/g, ' ') })}</strong>{' '}
              <span className="doorbraak-muted">
                {t('timeline.byAt', { name: entry.by.name, role: t(`role.${entry.by.role}`), at: format.dateTime(entry.at) })}
              </span>
              {entry.reason && <Paragraph className="doorbraak-timeline-reason">{reasonText(entry.reason)}</Paragraph>}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
    </Section>
  );
}
