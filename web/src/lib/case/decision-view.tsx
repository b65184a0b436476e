import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ShownDecision } from '../../../../domain/case/case.schema';
import { Section } from '../ui/section';
import { useFormat } from '../format';

/**
 * The decision with its reasoning, the dissent and any rule set aside: what everyone may read. Whoever
 * may not see the ballots gets the decision without its tally, and is told why there are no numbers.
 */
export function DecisionView({ decision }: { decision: ShownDecision }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section headingId="decision-heading" heading={t('decision.heading')}>
      <DataList appearance="rows">
        <DataListItem>
          <DataListKey>{t('decision.outcome')}</DataListKey>
          <DataListValue>{t(`outcome.${decision.outcome}`)}</DataListValue>
        </DataListItem>
        {decision.amountCents !== undefined && (
          <DataListItem>
            <DataListKey>{t('decision.amount')}</DataListKey>
            <DataListValue>{format.money(decision.amountCents)}</DataListValue>
          </DataListItem>
        )}
        {decision.conditions && (
          <DataListItem>
            <DataListKey>{t('decision.conditions')}</DataListKey>
            <DataListValue multiline>{decision.conditions}</DataListValue>
          </DataListItem>
        )}
        {decision.agreements && (
          <DataListItem>
            <DataListKey>{t('decision.agreements')}</DataListKey>
            <DataListValue multiline>{decision.agreements}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('decision.reasoning')}</DataListKey>
          <DataListValue multiline>{decision.reasoning}</DataListValue>
        </DataListItem>
        {decision.dissent && (
          <DataListItem>
            <DataListKey>{t('decision.dissent')}</DataListKey>
            <DataListValue multiline>{decision.dissent}</DataListValue>
          </DataListItem>
        )}
        {decision.ruleSetAside && (
          <DataListItem>
            <DataListKey>{t('decision.ruleSetAside')}</DataListKey>
            <DataListValue multiline>
              {decision.ruleSetAside.rule} — {decision.ruleSetAside.why}
            </DataListValue>
          </DataListItem>
        )}
        {!decision.tally && (
          <DataListItem>
            <DataListKey>{t('decision.votes')}</DataListKey>
            <DataListValue>{t('decision.votesWithinPanel')}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('decision.decidedBy')}</DataListKey>
          <DataListValue>
            {decision.decidedBy.name}, {format.dateTime(decision.decidedAt)}
          </DataListValue>
        </DataListItem>
      </DataList>
    </Section>
  );
}
