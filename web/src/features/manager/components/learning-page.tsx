import { Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { periodSchema, type LearningPicture, type Period } from '../../../../../domain/learning/learning-picture.schema';
import { TextField } from '../../../lib/form/fields';
import { errorsOfIssues, type FieldErrors } from '../../../lib/form/issues';
import { useFormat } from '../../../lib/format';
import { useAnnounce } from '../../../lib/ui/announcer';
import { usePageTitle } from '../../../lib/ui/page-title';
import { LoadError, Loading } from '../../../lib/ui/states';
import { downloadCsv, learningPictureCsvIn } from './learning-csv';
import { Section } from '../../../lib/ui/section';
import { useLearningPicture } from '../api/get-learning-picture';

type Results = { yes: number; partly: number; no: number };
const resultKeys = ['yes', 'partly', 'no'] as const;

/**
 * Stacked bars of follow-up results, one per row: the label is HTML text that wraps at any width
 * (an SVG label would shrink with the chart, to 6 px at 320 px), each bar a stretched SVG.
 * Decorative for assistive technology: the table beside it has the same numbers.
 */
function ResultsChart({ rows }: { rows: { label: string; results: Results }[] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.results.yes + r.results.partly + r.results.no));
  return (
    <figure className="doorbraak-chart-figure" aria-hidden="true">
      <ul className="doorbraak-chart">
        {rows.map((row) => {
          let x = 0;
          return (
            <li key={row.label} className="doorbraak-chart-row">
              <span className="doorbraak-chart-label">{row.label}</span>
              <svg className="doorbraak-chart-bar" viewBox="0 0 100 1" preserveAspectRatio="none" focusable="false">
                {resultKeys.map((key) => {
                  const width = (row.results[key] / max) * 100;
                  const rect = <rect key={key} x={x} y={0} width={width} height={1} className={`doorbraak-chart-${key}`} />;
                  x += width;
                  return rect;
                })}
              </svg>
            </li>
          );
        })}
      </ul>
      <figcaption className="doorbraak-legend">
        {resultKeys.map((k) => (
          <span key={k}>
            <span className={`doorbraak-swatch doorbraak-chart-${k}`} /> {t(`followUp.result.${k}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function ResultsTable({ caption, rows }: { caption: string; rows: { label: string; results: Results; extra?: string }[] }) {
  const { t } = useTranslation();
  return (
    <div className="doorbraak-chart-pair">
      <ResultsChart rows={rows} />
      <Table className="doorbraak-stack-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('learning.group')}</TableHeaderCell>
            {resultKeys.map((k) => (
              <TableHeaderCell scope="col" key={k}>
                {t('learning.breakthrough', { result: t(`followUp.result.${k}`) })}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.label}>
              <TableHeaderCell scope="row" data-label={t('learning.group')}>
                {row.label}
                {row.extra ? ` (${row.extra})` : ''}
              </TableHeaderCell>
              {resultKeys.map((k) => (
                <TableCell key={k} data-label={t('learning.breakthrough', { result: t(`followUp.result.${k}`) })}>{row.results[k]}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function LearningPictureView({ picture }: { picture: LearningPicture }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = (n: number | null) => (n === null ? '—' : t('learning.days', { count: Math.round(n) }));
  const { budget } = picture;
  return (
    <>
      <Section headingId="lead-heading" heading={t('learning.leadTimes')}>
        <DataList appearance="rows">
          <DataListItem>
            <DataListKey>{t('learning.submitted')}</DataListKey>
            <DataListValue>{format.number(picture.requests.submitted)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('learning.decideDays')}</DataListKey>
            <DataListValue>{days(picture.leadTimes.decideDays)} ({t('learning.ofCases', { count: picture.leadTimes.decided })})</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('learning.payDays')}</DataListKey>
            <DataListValue>{days(picture.leadTimes.payDays)} ({t('learning.ofCases', { count: picture.leadTimes.paid })})</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('learning.budget')}</DataListKey>
            <DataListValue>
              {t('learning.budgetLine', { granted: format.money(budget.grantedCents), paid: format.money(budget.paidCents), budget: format.money(budget.annualBudgetCents) })}
              <meter className="doorbraak-meter" min={0} max={budget.annualBudgetCents} value={budget.grantedCents} aria-hidden="true" />
            </DataListValue>
          </DataListItem>
        </DataList>
      </Section>
      <Section headingId="category-heading" heading={t('learning.byCategory')}>
        <ResultsTable
          caption={t('learning.byCategoryCaption')}
          rows={picture.byCategory.map((c) => ({
            label: t(`category.${c.category}`),
            results: c.results,
            extra: t('learning.categoryExtra', { submitted: c.submitted, granted: c.granted + c.grantedWithConditions, refused: c.refused, amount: format.money(c.grantedCents) }),
          }))}
        />
      </Section>
      <Section headingId="sides-heading" heading={t('learning.grantedVsRefused')}>
        <ResultsTable caption={t('learning.grantedVsRefusedCaption')} rows={picture.outcomes.map((o) => ({ label: t(`lessons.side.${o.side}`), results: o.results }))} />
      </Section>
      <Section headingId="lenses-heading" heading={t('learning.lensesApart')}>
        <Paragraph>{t('learning.lensesApartIntro')}</Paragraph>
        <ResultsTable
          caption={t('learning.lensesApartCaption')}
          rows={[
            ...picture.lensesApart.map((l) => ({
              label: `${t(`criterion.${l.criterion}`)}: ${t(`lens.${l.followed}`)}`,
              results: l.results,
              extra: t('learning.ofCases', { count: l.cases }),
            })),
            { label: t('decision.ruleSetAside'), results: picture.rulesSetAside.results, extra: t('learning.ofCases', { count: picture.rulesSetAside.cases }) },
          ]}
        />
      </Section>
    </>
  );
}

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** The learning dashboard: a period, the figures as charts with a table beside each, and CSV export. */
export default function LearningPage() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const now = new Date();
  const [draft, setDraft] = useState<Period>({ from: `${now.getUTCFullYear()}-01`, to: monthOf(now) });
  const [period, setPeriod] = useState<Period>(draft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const picture = useLearningPicture(period, true);
  usePageTitle(t('learning.title'));

  function show(event: FormEvent) {
    event.preventDefault();
    const parsed = periodSchema.safeParse(draft);
    if (!parsed.success) return setErrors(errorsOfIssues(parsed.error.issues, t));
    setErrors({});
    setPeriod(parsed.data);
  }

  return (
    <>
      <Heading1>{t('learning.title')}</Heading1>
      <Paragraph>{t('learning.intro')}</Paragraph>
      <form onSubmit={show} noValidate className="doorbraak-form doorbraak-period">
        <div className="doorbraak-columns">
          <TextField path="from" type="text" label={t('learning.from')} description={t('learning.monthHelp')} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} error={errors.from} />
          <TextField path="to" type="text" label={t('learning.to')} description={t('learning.monthHelp')} value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={errors.to} />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('learning.show')}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={!picture.data}
            onClick={() => {
              if (!picture.data) return;
              downloadCsv(learningPictureCsvIn(picture.data, t, i18n.language), `doorbraak-${period.from}-${period.to}.csv`);
              announce(t('learning.exported'));
            }}
          >
            {t('learning.export')}
          </Button>
        </ButtonGroup>
      </form>
      {picture.isPending ? <Loading /> : picture.isError ? <LoadError error={picture.error} retry={() => void picture.refetch()} /> : <LearningPictureView picture={picture.data} />}
    </>
  );
}
