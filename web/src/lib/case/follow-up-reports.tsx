import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { lifeDomains } from '../../../../domain/follow-up/follow-up.schema';
import type { CaseView } from '../api/types';
import { useFormat } from '../format';
import { Section } from '../ui/section';

type Moment = NonNullable<CaseView['case']['followUp']>['moments'][number];

/**
 * What each follow-up moment reported, in full: the breakthrough, each life domain with its note,
 * what was unexpected and the lesson. The manager, the panel after the decision and the counsellor
 * all read the same; a moment not yet reported says when it is due.
 */
export function FollowUpReports({ moments }: { moments: Moment[] }) {
  const { t } = useTranslation();
  return (
    <Section headingId="follow-ups-heading" heading={t('followUp.heading')}>
      {moments.map((m, i) => (
        <MomentReport key={i} moment={m} index={i + 1} />
      ))}
    </Section>
  );
}

function MomentReport({ moment: m, index }: { moment: Moment; index: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = t('followUp.moment', { months: m.monthsAfter, due: format.date(m.dueAt.slice(0, 10)) });
  return (
    <Section headingId={`follow-up-${index}`} heading={heading} level={3}>
      {!m.reportedAt ? (
        <Paragraph className="doorbraak-muted">{t('followUp.notReported')}</Paragraph>
      ) : (
        <>
          <Paragraph className="doorbraak-muted">
            {t('followUp.reportedBy', { name: m.reportedBy?.name ?? '', date: format.date(m.reportedAt.slice(0, 10)) })}
            {m.correctedAt ? ` ${t('followUp.correctedOn', { date: format.date(m.correctedAt.slice(0, 10)) })}` : ''}
          </Paragraph>
          <DataList appearance="rows">
            <Row label={t('followUp.breakthrough')}>{m.breakthrough && t(`followUp.result.${m.breakthrough}`)}</Row>
            {lifeDomains.map((d) => (
              <Row key={d} label={t(`followUp.domain.${d}`)}>
                {m.domains?.[d] ? t(`followUp.direction.${m.domains[d]}`) : undefined}
                {m.notes?.[d] ? ` — ${m.notes[d]}` : ''}
              </Row>
            ))}
            {m.agreementsKept && <Row label={t('followUp.agreementsKeptShort')}>{t(`followUp.result.${m.agreementsKept}`)}</Row>}
            {m.unexpected && <Row label={t('followUp.unexpectedShort')}>{m.unexpected}</Row>}
            <Row label={t('followUp.lessonShort')}>{m.lesson}</Row>
          </DataList>
        </>
      )}
    </Section>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue multiline>{children || '—'}</DataListValue>
    </DataListItem>
  );
}
