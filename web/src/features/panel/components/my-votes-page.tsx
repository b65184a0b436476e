import { Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { AppLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { MoreButton } from '../../../lib/ui/more-button';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { useMyVotes } from '../api/list-my-votes';

/** My votes and how the cases turned out: the panel member's own learning loop. */
export default function MyVotesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const votes = useMyVotes();
  usePageTitle(t('myVotes.title'));
  return (
    <>
      <Heading1>{t('myVotes.title')}</Heading1>
      <Paragraph>{t('myVotes.intro')}</Paragraph>
      {votes.isPending ? (
        <Loading />
      ) : votes.isError ? (
        <LoadError error={votes.error} retry={() => void votes.refetch()} />
      ) : votes.items.length === 0 && !votes.hasNextPage ? (
        <Empty>{t('myVotes.empty')}</Empty>
      ) : (
        <>
          <Table className="doorbraak-case-table">
            <TableCaption className="doorbraak-visually-hidden">{t('myVotes.title')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('request.category')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('myVotes.myPosition')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decision.heading')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('followUp.heading')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {votes.items.map((v) => (
                <TableRow key={v.caseId}>
                  <TableCell data-label={t('request.category')}>
                    <AppLink to={`/panel/cases/${v.caseId}`}>{v.category ? t(`category.${v.category}`) : t('case.noReference')}</AppLink>{' '}
                    <span className="doorbraak-muted">{format.date(v.castAt.slice(0, 10))}</span>
                  </TableCell>
                  <TableCell data-label={t('myVotes.myPosition')}>{t(`position.${v.position}`)}</TableCell>
                  <TableCell data-label={t('decision.heading')}>{v.decision ? t(`outcome.${v.decision.outcome}`) : t(`state.${v.state}`)}</TableCell>
                  <TableCell data-label={t('followUp.heading')}>
                    {v.followUp
                      ? t('myVotes.followUp', { reported: v.followUp.reported, of: v.followUp.of, result: v.followUp.breakthrough ? t(`followUp.result.${v.followUp.breakthrough}`) : '—' })
                      : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <MoreButton list={votes} />
        </>
      )}
    </>
  );
}
