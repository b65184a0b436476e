import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../domain/deliberation/vote.schema';
import { commentInputSchema } from '../../../../domain/deliberation/vote.schema';
import { TextForm } from '../form/text-form';
import { Section } from '../ui/section';
import { useFormat } from '../format';

/** The panel's discussion; a form to add to it when the caller may. */
export function Discussion({ comments, onAdd }: { comments: readonly Comment[]; onAdd?: (text: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section headingId="discussion-heading" heading={t('discussion.heading')}>
      {comments.length === 0 && <Paragraph>{t('discussion.empty')}</Paragraph>}
      {comments.map((c) => (
        <article key={c.id} className="doorbraak-card">
          <Paragraph>
            <strong>{c.author.name}</strong> <span className="doorbraak-muted">{format.dateTime(c.at)}</span>
          </Paragraph>
          <Paragraph>{c.text}</Paragraph>
        </article>
      ))}
      {onAdd && (
        <TextForm
          schema={commentInputSchema}
          field="text"
          idPrefix="comment"
          label={t('discussion.add')}
          submitLabel={t('discussion.submit')}
          done={t('discussion.added')}
          onSubmit={({ text }) => onAdd(text)}
        />
      )}
    </Section>
  );
}
