import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonReviewSchema, type PendingLesson } from '../../../../../domain/lessons/lesson.schema';
import { TextAreaField } from '../../../lib/form/fields';
import { errorsOfIssues, errorText } from '../../../lib/form/issues';
import { AppLink } from '../../../lib/ui/app-link';
import { useAnnounce } from '../../../lib/ui/announcer';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { usePendingLessons } from '../api/list-pending-lessons';
import { Section } from '../../../lib/ui/section';
import { useReviewLesson } from '../api/review-lesson';

function LessonToReview({ lesson }: { lesson: PendingLesson }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const review = useReviewLesson();
  const [text, setText] = useState(lesson.text);
  const [error, setError] = useState<string>();
  const [declining, setDeclining] = useState(false);
  const send = async (approve: boolean) => {
    const parsed = lessonReviewSchema.safeParse(approve ? { approve, text } : { approve });
    if (!parsed.success) return setError(Object.values(errorsOfIssues(parsed.error.issues, t))[0]);
    try {
      await review.mutateAsync({ lessonId: lesson.id, body: parsed.data });
      announce(t(approve ? 'review.approved' : 'review.declined'));
    } catch (e) {
      setError(errorText(e, t));
    }
  };
  return (
    <article className="doorbraak-card">
      <Paragraph>
        <AppLink to={`/manager/cases/${lesson.caseId}`}>{t(`category.${lesson.category}`)}</AppLink> ·{' '}
        {t(`lessons.side.${lesson.side}`)} · {t('followUp.breakthrough')} {t(`followUp.result.${lesson.breakthrough}`)}
      </Paragraph>
      <TextAreaField path={`lesson-${lesson.id}.text`} label={t('review.text')} description={t('review.textHelp')} value={text} onChange={setText} error={error} rows={3} />
      <ButtonGroup>
        <Button appearance="primary-action-button" disabled={review.isPending} onClick={() => void send(true)}>
          {t('review.approve')}
        </Button>
        <Button appearance="secondary-action-button" disabled={review.isPending} onClick={() => setDeclining(true)}>
          {t('review.decline')}
        </Button>
      </ButtonGroup>
      {declining && (
        <div role="group" aria-labelledby={`decline-${lesson.id}`}>
          <Paragraph id={`decline-${lesson.id}`}>
            <strong>{t('review.declineConfirm')}</strong>
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={review.isPending} onClick={() => void send(false)}>
              {t('review.declineYes')}
            </Button>
            <Button appearance="secondary-action-button" disabled={review.isPending} onClick={() => setDeclining(false)}>
              {t('form.notNow')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </article>
  );
}

/** Lessons to approve before they enter the anonymised library. */
export function LessonReview() {
  const { t } = useTranslation();
  const pending = usePendingLessons();
  return (
    <Section headingId="review-heading" heading={<>{t('review.heading')} {pending.data ? `(${pending.data.items.length})` : ''}</>}>
      {pending.isPending ? (
        <Loading />
      ) : pending.isError ? (
        <LoadError error={pending.error} retry={() => void pending.refetch()} />
      ) : pending.data.items.length === 0 ? (
        <Empty>{t('review.empty')}</Empty>
      ) : (
        pending.data.items.map((lesson) => <LessonToReview key={lesson.id} lesson={lesson} />)
      )}
    </Section>
  );
}
