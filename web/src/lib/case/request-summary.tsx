import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftRequest } from '../../../../domain/case/request.schema';
import { Section } from '../ui/section';
import { useFormat } from '../format';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue multiline>{children ?? '—'}</DataListValue>
    </DataListItem>
  );
}

/** The request as the panel reads it: the three criteria, urgency, money and the payee. */
export function RequestSummary({ request, headingLevel = 2 }: { request: DraftRequest; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (cents: number | undefined) => (cents === undefined ? undefined : format.money(cents));
  const h = request.household;
  return (
    <Section headingId="request-heading" heading={t('request.heading')} level={headingLevel}>
      <DataList appearance="rows">
        <Item label={t('request.clientRef')}>{request.clientRef}</Item>
        <Item label={t('request.consent')}>
          {request.consent?.given ? t('request.consentGiven', { date: request.consent.date ? format.date(request.consent.date) : '' }) : t('request.consentMissing')}
        </Item>
        {h && (
          <Item label={t('request.household')}>
            {[
              h.adults === undefined ? undefined : t('request.adultsCount', { count: h.adults }),
              h.children === undefined ? undefined : t('request.childrenCount', { count: h.children }),
            ].filter(Boolean).join(', ')}
            {h.housing ? ` · ${t(`housing.${h.housing}`)}` : ''}
            {h.monthlyIncomeCents !== undefined ? ` · ${t('request.income')}: ${money(h.monthlyIncomeCents)}` : ''}
            {h.totalDebtCents !== undefined ? ` · ${t('request.debt')}: ${money(h.totalDebtCents)}` : ''}
            {h.creditorCount !== undefined ? ` · ${t('request.creditors')}: ${h.creditorCount}` : ''}
          </Item>
        )}
        <Item label={t('request.situation')}>{h?.situation}</Item>
        <Item label={t('criterion.breakthrough')}>{request.breakthrough}</Item>
        <Item label={t('criterion.noAlternative')}>
          {request.noAlternative?.routesTried?.map((r) => t(`route.${r}`)).join(', ')}
          {request.noAlternative?.explanation ? ` — ${request.noAlternative.explanation}` : ''}
        </Item>
        <Item label={t('criterion.stability')}>{request.stability}</Item>
        <Item label={t('request.urgency')}>
          {request.urgency?.urgent
            ? t('request.urgentUntil', { date: request.urgency.hardDate ? format.date(request.urgency.hardDate) : '?' }) +
              (request.urgency.reason ? ` — ${request.urgency.reason}` : '')
            : t('request.notUrgent')}
        </Item>
        <Item label={t('request.amount')}>{money(request.amountCents)}</Item>
        <Item label={t('request.category')}>{request.category && t(`category.${request.category}`)}</Item>
        <Item label={t('request.payee')}>
          {request.payee && [request.payee.kind && t(`payee.${request.payee.kind}`), request.payee.name, request.payee.reference].filter(Boolean).join(' · ')}
        </Item>
        <Item label={t('request.expectedEffect')}>{request.expectedEffect}</Item>
        <Item label={t('request.costOfDoingNothing')}>
          {money(request.costOfDoingNothing?.estimateCents)}
          {request.costOfDoingNothing?.explanation ? ` — ${request.costOfDoingNothing.explanation}` : ''}
        </Item>
      </DataList>
    </Section>
  );
}
