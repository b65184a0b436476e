import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { criteria, type Vote } from '../../../../domain/deliberation/vote.schema';
import { useDisciplineName } from '../ui/discipline-name';
import { Section } from '../ui/section';
import { lenses } from '../../../../domain/deliberation/lenses';

/**
 * The panel's votes: first each member's position and rationale, then per criterion each member's
 * humanity view beside their rules view, so where the two lenses pull apart shows at a glance. The
 * tables stack at narrow widths (app.css) instead of scrolling sideways in a box a keyboard cannot reach.
 */
export function VotesSideBySide({ votes }: { votes: readonly Vote[] }) {
  const { t } = useTranslation();
  const disciplineName = useDisciplineName();
  const member = (v: Vote) => `${v.member.name} (${disciplineName(v.member.discipline)})`;
  if (votes.length === 0) return <Paragraph>{t('votes.none')}</Paragraph>;
  return (
    <Section headingId="votes-heading" heading={t('votes.heading')}>
      <Table className="doorbraak-case-table">
        <TableCaption>{t('votes.positions')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('votes.member')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('votes.position')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('votes.rationale')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {votes.map((v) => (
            <TableRow key={v.member.userId}>
              <TableHeaderCell scope="row" data-label={t('votes.member')}>{member(v)}</TableHeaderCell>
              <TableCell data-label={t('votes.position')}>{t(`position.${v.position}`)}</TableCell>
              <TableCell data-label={t('votes.rationale')}>{v.rationale}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {criteria.map((criterion) => (
        <Table className="doorbraak-case-table" key={criterion}>
          <TableCaption>{t(`criterion.${criterion}`)}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('votes.member')}</TableHeaderCell>
              {lenses.map((lens) => (
                <TableHeaderCell scope="col" key={lens}>
                  {t(`lens.${lens}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {votes.map((v) => (
              <TableRow key={v.member.userId}>
                <TableHeaderCell scope="row" data-label={t('votes.member')}>{member(v)}</TableHeaderCell>
                {lenses.map((lens) => {
                  const view = v.criteria[criterion][lens];
                  return (
                    <TableCell key={lens} data-label={t(`lens.${lens}`)}>
                      {t(`assessment.${view.assessment}`)}
                      {view.note ? ` — ${view.note}` : ''}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
    </Section>
  );
}
