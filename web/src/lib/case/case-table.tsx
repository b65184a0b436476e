import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../api/types';
import { useFormat } from '../format';
import { AppLink } from '../ui/app-link';
import { StateBadge, UrgentBadge } from './state-badge';

const votingOpen = (state: CaseSummary['state']) => state === 'in_deliberation' || state === 'awaiting_answer';
const beforeDecision = (state: CaseSummary['state']) => ['draft', 'submitted', 'screened'].includes(state);

/**
 * Cases as a table: reference, state, amount, deadline, and the next step for this user. On a
 * narrow screen the rows stack (see app.css), so 320 px needs no sideways scrolling.
 */
export function CaseTable({ caption, captionHidden, cases, hrefOf, nextStep }: {
  caption: string;
  /** When a heading right above already says it: the caption still names the table for screen readers. */
  captionHidden?: boolean;
  cases: readonly CaseSummary[];
  hrefOf: (c: CaseSummary) => string;
  nextStep: (c: CaseSummary) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table className="doorbraak-case-table">
      <TableCaption className={captionHidden ? 'doorbraak-visually-hidden' : undefined}>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('case.reference')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.state')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.amount')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.deadline')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.nextStep')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cases.map((c) => (
          <TableRow key={c.id}>
            <TableCell data-label={t('case.reference')}>
              <AppLink to={hrefOf(c)}>{c.clientRef ?? t('case.noReference')}</AppLink>
              {c.category && <span className="doorbraak-muted"> · {t(`category.${c.category}`)}</span>}
              {c.repeat && <span className="doorbraak-muted"> · {t('case.repeat')}</span>}
            </TableCell>
            <TableCell data-label={t('case.state')}>
              <StateBadge state={c.state} /> {c.urgent && <UrgentBadge />}
            </TableCell>
            <TableCell data-label={t('case.amount')}>{c.amountCents !== undefined ? format.money(c.amountCents) : '—'}</TableCell>
            <TableCell data-label={t('case.deadline')}>
              {c.deadline && votingOpen(c.state) ? format.dateTime(c.deadline) : c.hardDate && beforeDecision(c.state) ? t('case.hardDateOn', { date: format.date(c.hardDate) }) : '—'}
            </TableCell>
            <TableCell data-label={t('case.nextStep')}>{nextStep(c)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
