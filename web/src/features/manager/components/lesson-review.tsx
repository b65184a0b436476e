import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingLesson } from '../../../../../domain/lessons/lesson.schema';
import { ConfirmStep } from '../../../lib/form/confirm-step';
import { TextAreaField } from '../../../lib/form/fields';
import { errorsOfIssues, errorText } from '../../../lib/form/issues';
import { loadScreenTexts } from '../../../lib/i18n/i18n';
import { AppLink } from '../../../lib/ui/app-link';
import { useAnnounce } from '../../../lib/ui/announcer';
import { MoreButton } from '../../../lib/ui/more-button';
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
    // The schema (and zod) is downloaded at the first review, not with the inbox that shows this form;
    // so are the reasons' texts a refusal is told in (i18n.ts).
    const [{ lessonReviewSchema }] = await Promise.all([import('../../../../../domain/lessons/lesson.schema'), loadScreenTexts()]);
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
        <ConfirmStep
          id={`decline-${lesson.id}`}
          question={t('review.declineConfirm')}
          yes={t('review.declineYes')}
          busy={review.isPending}
          onYes={() => void send(false)}
          onNotNow={() => setDeclining(false)}
        />
      )}
    </article>
  );
}

/** Lessons to approve before they enter the anonymised library. */
export function LessonReview() {
  const { t } = useTranslation();
  const pending = usePendingLessons();
  return (
    <Section headingId="review-heading" heading={<>{t('review.heading')} {pending.data ? `(${pending.items.length}${pending.hasNextPage ? '+' : ''})` : ''}</>}>
      {pending.isPending ? (
        <Loading />
      ) : pending.isError ? (
        <LoadError error={pending.error} retry={() => void pending.refetch()} />
      ) : pending.items.length === 0 && !pending.hasNextPage ? (
        <Empty>{t('review.empty')}</Empty>
      ) : (
        <>
          {pending.items.map((lesson) => <LessonToReview key={lesson.id} lesson={lesson} />)}
          <MoreButton list={pending} />
        </>
      )}
    </Section>
  );
}
