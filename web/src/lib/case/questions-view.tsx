import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../domain/deliberation/vote.schema';
import { Section } from '../ui/section';
import { useFormat } from '../format';

/** The panel's questions and the counsellor's answers; `answerSlot` renders a form for an open one. */
export function QuestionsView({ questions, answerSlot }: { questions: readonly Question[]; answerSlot?: (q: Question) => ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (questions.length === 0) return null;
  return (
    <Section headingId="questions-heading" heading={t('questions.heading')}>
      {questions.map((q) => (
        <article key={q.id} className="doorbraak-card">
          <Paragraph>
            <strong>{t('questions.asked', { name: q.askedBy.name, at: format.dateTime(q.askedAt) })}</strong>
          </Paragraph>
          <Paragraph>{q.text}</Paragraph>
          {q.answer ? (
            <Paragraph>
              <strong>{t('questions.answered', { name: q.answer.by.name, at: format.dateTime(q.answer.at) })}</strong> {q.answer.text}
            </Paragraph>
          ) : (
            (answerSlot?.(q) ?? <Paragraph className="doorbraak-muted">{t('questions.open')}</Paragraph>)
          )}
        </article>
      ))}
    </Section>
  );
}
