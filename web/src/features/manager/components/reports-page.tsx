import { Fieldset, FieldsetLegend, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseNumber } from '../../../../../domain/case/case-number';
import { categories } from '../../../../../domain/case/request.schema';
import { breakthroughResults, lifeDomains } from '../../../../../domain/follow-up/follow-up.schema';
import type { ReportEntry, ReportFilter } from '../../../../../domain/follow-up/report-list.schema';
import { SelectField } from '../../../lib/form/fields';
import { useFormat } from '../../../lib/format';
import { AppLink } from '../../../lib/ui/app-link';
import { MoreButton } from '../../../lib/ui/more-button';
import { usePageTitle } from '../../../lib/ui/page-title';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { useFollowUpReports } from '../api/list-follow-up-reports';

/**
 * The fund's recent follow-up reports, newest first, with their lessons: what the cases led to,
 * narrowed by kind of request and by whether the breakthrough was reached. The full report is on
 * the case page. On a narrow screen the rows stack (see app.css).
 */
export default function ReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, setFilter] = useState<ReportFilter>({});
  const reports = useFollowUpReports(filter);
  usePageTitle(t('reports.title'));
  return (
    <>
      <Heading1>{t('reports.title')}</Heading1>
      <Paragraph>{t('reports.intro')}</Paragraph>
      {/* The list follows each choice at once: a select changes what is listed below it, not the page. */}
      <form role="search" aria-label={t('reports.filters')} onSubmit={(e) => e.preventDefault()} className="doorbraak-form doorbraak-search">
        <Fieldset>
          <FieldsetLegend>{t('reports.filters')}</FieldsetLegend>
          <div className="doorbraak-search-fields">
            <SelectField
              path="reports.category" label={t('reports.category')} value={filter.category ?? ''} placeholder={t('reports.any')}
              options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
              onChange={(value) => setFilter((f) => ({ ...f, category: (value || undefined) as ReportFilter['category'] }))}
            />
            <SelectField
              path="reports.outcome" label={t('reports.outcome')} value={filter.breakthrough ?? ''} placeholder={t('reports.any')}
              options={breakthroughResults.map((b) => ({ value: b, label: t(`followUp.result.${b}`) }))}
              onChange={(value) => setFilter((f) => ({ ...f, breakthrough: (value || undefined) as ReportFilter['breakthrough'] }))}
            />
          </div>
        </Fieldset>
      </form>
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <LoadError error={reports.error} retry={() => void reports.refetch()} />
      ) : reports.items.length === 0 && !reports.hasNextPage ? (
        <Empty>{t('reports.empty')}</Empty>
      ) : (
        <>
          <Table className="doorbraak-stack-table">
            <TableCaption>{t('reports.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('reports.case')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('reports.moment')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('reports.reported')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('reports.breakthrough')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('reports.domains')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('reports.lesson')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {reports.items.map((r) => (
                <TableRow key={`${r.caseId}-${r.moment}`}>
                  <TableCell data-label={t('reports.case')}>
                    <AppLink to={`/manager/cases/${r.caseId}`}>{t('inbox.caseNumber', { number: caseNumber(r.caseId) })}</AppLink>
                    <span className="doorbraak-muted"> · {t(`category.${r.category}`)}</span>
                  </TableCell>
                  <TableCell data-label={t('reports.moment')}>{t('reports.months', { months: r.monthsAfter })}</TableCell>
                  <TableCell data-label={t('reports.reported')}>
                    {t('reports.reportedBy', { date: format.date(r.reportedAt.slice(0, 10)), name: r.reportedBy.name })}
                    {r.correctedAt && <span className="doorbraak-muted"> ({t('reports.corrected', { date: format.date(r.correctedAt.slice(0, 10)) })})</span>}
                  </TableCell>
                  <TableCell data-label={t('reports.breakthrough')}>{t(`followUp.result.${r.breakthrough}`)}</TableCell>
                  <TableCell data-label={t('reports.domains')}>
                    <DomainChanges domains={r.domains} />
                  </TableCell>
                  <TableCell data-label={t('reports.lesson')}>
                    {r.purged ? <span className="doorbraak-muted">{t('reports.purged')}</span> : r.lesson}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <MoreButton list={reports}>{t('reports.more')}</MoreButton>
        </>
      )}
    </>
  );
}

/** The life domains that changed, in short ("Wonen beter, Werk slechter"); the unchanged ones left out. */
function DomainChanges({ domains }: { domains: ReportEntry['domains'] }) {
  const { t } = useTranslation();
  const changed = lifeDomains.filter((d) => domains[d] && domains[d] !== 'same');
  if (changed.length === 0) return <>{t('reports.noChange')}</>;
  return <>{changed.map((d) => `${t(`followUp.domain.${d}`)} ${t(`followUp.direction.${domains[d]!}`).toLowerCase()}`).join(', ')}</>;
}
