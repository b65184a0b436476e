import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { MoreButton } from '../../../lib/ui/more-button';
import { LoadError, Loading } from '../../../lib/ui/states';
import { Section } from '../../../lib/ui/section';
import { useEarlierRequests } from '../api/list-earlier-requests';

/** Earlier requests for the same client: what was asked before, and how it went. */
export function EarlierRequests({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const earlier = useEarlierRequests(caseId);
  return (
    <Section headingId="earlier-heading" heading={t('panel.earlierHeading')}>
      {earlier.isPending ? (
        <Loading />
      ) : earlier.isError ? (
        <LoadError error={earlier.error} retry={() => void earlier.refetch()} />
      ) : earlier.items.length === 0 && !earlier.hasNextPage ? (
        <Paragraph>{t('panel.earlierNone')}</Paragraph>
      ) : (
        <>
          <UnorderedList>
            {earlier.items.map((c) => (
              <UnorderedListItem key={c.id}>
                {format.date(c.submittedAt ?? c.createdAt)}: {c.category ? t(`category.${c.category}`) : '—'},{' '}
                {c.amountCents !== undefined ? format.money(c.amountCents) : '—'} — {t(`state.${c.state}`)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <MoreButton list={earlier} />
        </>
      )}
    </Section>
  );
}
