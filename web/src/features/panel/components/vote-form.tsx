import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lenses, type Lens } from '../../../../../domain/deliberation/lenses';
import { assessments, criteria, positions, voteInputSchema, type Criterion, type VoteInput } from '../../../../../domain/deliberation/vote.schema';
import { ApiError } from '../../../lib/api/api-client';
import { ErrorSummary } from '../../../lib/form/error-summary';
import { RadioGroup, TextAreaField } from '../../../lib/form/fields';
import { errorsOfIssues, errorsOfProblems, errorText, type FieldErrors } from '../../../lib/form/issues';
import { useAnnounce } from '../../../lib/ui/announcer';

type LensValues = { assessment: string; note: string };
type VoteValues = { position: string; rationale: string; criteria: Record<Criterion, Record<Lens, LensValues>> };

const emptyLens = (): LensValues => ({ assessment: '', note: '' });
const emptyVote = (): VoteValues => ({
  position: '',
  rationale: '',
  criteria: Object.fromEntries(criteria.map((c) => [c, { humanity: emptyLens(), rules: emptyLens() }])) as VoteValues['criteria'],
});

/** An earlier vote as the form's values, to revise it. */
const valuesOf = (vote: VoteInput): VoteValues => ({
  position: vote.position,
  rationale: vote.rationale,
  criteria: Object.fromEntries(
    criteria.map((c) => [c, Object.fromEntries(lenses.map((l) => [l, { assessment: vote.criteria[c][l].assessment, note: vote.criteria[c][l].note ?? '' }]))]),
  ) as VoteValues['criteria'],
});

/** The vote as the API takes it; empty choices stay empty so the schema names them. */
function toVoteInput(values: VoteValues): unknown {
  const lens = (l: LensValues) => ({ assessment: l.assessment || undefined, ...(l.note.trim() ? { note: l.note } : {}) });
  return {
    position: values.position || undefined,
    rationale: values.rationale,
    criteria: Object.fromEntries(criteria.map((c) => [c, { humanity: lens(values.criteria[c].humanity), rules: lens(values.criteria[c].rules) }])),
  };
}

/**
 * The vote: a position with its rationale and, per criterion, a humanity view and a rules view.
 * Checked with the same schema the API uses; every error sits at its field and in the summary.
 */
export function VoteForm({ onCast, earlier }: { onCast: (vote: VoteInput) => Promise<unknown>; earlier?: VoteInput }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [values, setValues] = useState(() => (earlier ? valuesOf(earlier) : emptyVote()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const setLens = (c: Criterion, l: Lens, part: keyof LensValues, value: string) =>
    setValues((v) => ({ ...v, criteria: { ...v.criteria, [c]: { ...v.criteria[c], [l]: { ...v.criteria[c][l], [part]: value } } } }));

  const labelOf = (path: string) => {
    const [, criterion, lens, part] = path.split('.');
    if (path === 'position') return t('vote.position');
    if (path === 'rationale') return t('vote.rationale');
    if (criterion && lens) return `${t(`criterion.${criterion}`)}, ${t(`lens.${lens}`)}${part === 'note' ? ` (${t('vote.note')})` : ''}`;
    return path;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = voteInputSchema.safeParse(toVoteInput(values));
    if (!parsed.success) {
      const found = errorsOfIssues(parsed.error.issues, t);
      setErrors(found);
      announce(t('form.errorSummary', { count: Object.keys(found).length }));
      return;
    }
    setBusy(true);
    try {
      await onCast(parsed.data);
      setErrors({});
      announce(t('vote.cast'));
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields.length > 0 ? errorsOfProblems(error.fields, t) : { position: errorText(error, t) });
      announce(t('form.failed'));
    } finally {
      setBusy(false);
    }
  }

  const assessmentOptions = assessments.map((a) => ({ value: a, label: t(`assessment.${a}`) }));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form doorbraak-form--wide" aria-labelledby="vote-heading">
      <Heading level={2} id="vote-heading">
        {earlier ? t('vote.reviseHeading') : t('vote.heading')}
      </Heading>
      {!earlier && <Paragraph>{t('vote.blindNotice')}</Paragraph>}
      <ErrorSummary errors={errors} labels={labelOf} />
      {criteria.map((c) => (
        <Fieldset key={c} className="doorbraak-criterion">
          <FieldsetLegend>{t(`criterion.${c}`)}</FieldsetLegend>
          <div className="doorbraak-columns">
            {lenses.map((l) => (
              <div key={l}>
                <RadioGroup
                  path={`criteria.${c}.${l}.assessment`}
                  label={t(`lens.${l}`)}
                  description={t(`lens.${l}Help`)}
                  options={assessmentOptions}
                  value={values.criteria[c][l].assessment}
                  onChange={(v) => setLens(c, l, 'assessment', v)}
                  error={errors[`criteria.${c}.${l}.assessment`]}
                />
                <TextAreaField
                  path={`criteria.${c}.${l}.note`}
                  label={t('vote.noteFor', { lens: t(`lens.${l}`) })}
                  value={values.criteria[c][l].note}
                  onChange={(v) => setLens(c, l, 'note', v)}
                  error={errors[`criteria.${c}.${l}.note`]}
                  rows={2}
                />
              </div>
            ))}
          </div>
        </Fieldset>
      ))}
      <RadioGroup
        path="position"
        label={t('vote.position')}
        options={positions.map((p) => ({ value: p, label: t(`position.${p}`) }))}
        value={values.position}
        onChange={(position) => setValues((v) => ({ ...v, position }))}
        error={errors.position}
      />
      <TextAreaField
        path="rationale"
        label={t('vote.rationale')}
        description={t('vote.rationaleHelp')}
        value={values.rationale}
        onChange={(rationale) => setValues((v) => ({ ...v, rationale }))}
        error={errors.rationale}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {earlier ? t('vote.reviseSubmit') : t('vote.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
