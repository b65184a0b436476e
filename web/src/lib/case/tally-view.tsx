import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Tally } from '../../../../domain/deliberation/tally.schema';
import { Section } from '../ui/section';
import { positions } from '../../../../domain/deliberation/vote.schema';

/** The count of the votes, whether the quorum is reached, and where the two lenses pulled apart. */
export function TallyView({ tally }: { tally: Tally }) {
  const { t } = useTranslation();
  const { quorum } = tally;
  return (
    <Section headingId="tally-heading" heading={t('tally.heading')}>
      <DataList appearance="rows">
        {positions.map((p) => (
          <DataListItem key={p}>
            <DataListKey>{t(`position.${p}`)}</DataListKey>
            <DataListValue>{tally.counts[p] ?? 0}</DataListValue>
          </DataListItem>
        ))}
        <DataListItem>
          <DataListKey>{t('tally.quorum')}</DataListKey>
          <DataListValue>
            {quorum.reached ? t('tally.quorumReached') : t('tally.quorumNotReached')}{' '}
            {t('tally.quorumDetail', {
              votes: quorum.votes.have,
              needVotes: quorum.votes.need,
              disciplines: quorum.disciplines.have,
              needDisciplines: quorum.disciplines.need,
            })}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('tally.leaning')}</DataListKey>
          <DataListValue>{tally.leaning === null ? '—' : tally.leaning === 'tie' ? t('tally.tie') : t(`position.${tally.leaning}`)}</DataListValue>
        </DataListItem>
        {tally.lensesApart.length > 0 && (
          <DataListItem>
            <DataListKey>{t('tally.lensesApart')}</DataListKey>
            <DataListValue multiline>
              {tally.lensesApart
                .map((a) => t('tally.apartLine', { criterion: t(`criterion.${a.criterion}`), lens: t(`lens.${a.favoursGrant}`) }))
                .join('; ')}
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
    </Section>
  );
}
