import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { AppLink } from '../../../lib/ui/app-link';
import { MoreButton } from '../../../lib/ui/more-button';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { Section } from '../../../lib/ui/section';
import { useOverdueFollowUps } from '../api/list-overdue-follow-ups';

/** Follow-ups past their due date: whom to chase, for which case. */
export function OverdueFollowUps() {
  const { t } = useTranslation();
  const format = useFormat();
  const overdue = useOverdueFollowUps();
  const items = overdue.data?.pages.flatMap((p) => p.items).filter((i) => i.overdue) ?? [];
  return (
    <Section headingId="overdue-heading" heading={<>{t('overdue.heading')} {overdue.data ? `(${items.length}${overdue.hasNextPage ? '+' : ''})` : ''}</>}>
      {overdue.isPending ? (
        <Loading />
      ) : overdue.isError ? (
        <LoadError error={overdue.error} retry={() => void overdue.refetch()} />
      ) : items.length === 0 ? (
        <Empty>{t('overdue.empty')}</Empty>
      ) : (
        <UnorderedList>
          {items.map((i) => (
            <UnorderedListItem key={`${i.caseId}-${i.moment}`}>
              <AppLink to={`/manager/cases/${i.caseId}`}>{i.category ? t(`category.${i.category}`) : i.caseId}</AppLink>:{' '}
              {t('overdue.line', { moment: i.moment, due: format.date(i.dueAt.slice(0, 10)), name: i.counsellor.name })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <MoreButton list={overdue} />
    </Section>
  );
}
