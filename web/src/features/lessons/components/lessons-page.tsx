import { Heading, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { usePageTitle } from '../../../lib/ui/page-title';
import { MoreButton } from '../../../lib/ui/more-button';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { useLessons } from '../api/list-lessons';

/** What professionals learned from earlier cases, granted and refused, for everyone in the fund. */
export default function LessonsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const lessons = useLessons();
  usePageTitle(t('lessons.title'));
  return (
    <>
      <Heading1>{t('lessons.title')}</Heading1>
      <Paragraph>{t('lessons.intro')}</Paragraph>
      {lessons.isPending ? (
        <Loading />
      ) : lessons.isError ? (
        <LoadError error={lessons.error} retry={() => void lessons.refetch()} />
      ) : lessons.items.length === 0 && !lessons.hasNextPage ? (
        <Empty>{t('lessons.empty')}</Empty>
      ) : (
        <>
          {lessons.items.map((lesson) => (
            <article key={lesson.id} className="doorbraak-card" aria-labelledby={`lesson-${lesson.id}`}>
              <Heading level={2} id={`lesson-${lesson.id}`}>
                {t(`category.${lesson.category}`)} · {t(`lessons.side.${lesson.side}`)}
              </Heading>
              <Paragraph className="doorbraak-muted">
                {t('lessons.facts', { months: lesson.monthsAfter, result: t(`followUp.result.${lesson.breakthrough}`), date: format.date(lesson.approvedAt.slice(0, 10)) })}
              </Paragraph>
              <Paragraph>{lesson.text}</Paragraph>
            </article>
          ))}
          <MoreButton list={lessons} />
        </>
      )}
    </>
  );
}
