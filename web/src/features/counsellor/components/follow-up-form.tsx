import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { breakthroughResults, directions, followUpReportSchema, lifeDomains, type FollowUpReport } from '../../../../../domain/follow-up/follow-up.schema';
import { ApiError } from '../../../lib/api/api-client';
import { ErrorSummary } from '../../../lib/form/error-summary';
import { RadioGroup, TextAreaField } from '../../../lib/form/fields';
import { errorsOfIssues, errorsOfProblems, errorText, type FieldErrors } from '../../../lib/form/issues';
import { useAnnounce } from '../../../lib/ui/announcer';

/** The fixed follow-up form: the same questions for every case, granted or refused, so outcomes compare. */
export function FollowUpForm({ moment, agreements, onReport }: {
  moment: number;
  /** The agreements the grant was made on, if any: the report says whether they were kept. */
  agreements?: string | undefined;
  onReport: (report: FollowUpReport) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [breakthrough, setBreakthrough] = useState('');
  const [domains, setDomains] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [unexpected, setUnexpected] = useState('');
  const [agreementsKept, setAgreementsKept] = useState('');
  const [lesson, setLesson] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const filledNotes = Object.fromEntries(Object.entries(notes).filter(([, v]) => v.trim() !== ''));
    const parsed = followUpReportSchema.safeParse({
      breakthrough: breakthrough || undefined,
      domains: Object.fromEntries(lifeDomains.map((d) => [d, domains[d] || undefined])),
      ...(Object.keys(filledNotes).length > 0 ? { notes: filledNotes } : {}),
      ...(unexpected.trim() ? { unexpected } : {}),
      ...(agreements ? { agreementsKept: agreementsKept || undefined } : {}),
      lesson,
    });
    if (!parsed.success) {
      setErrors(errorsOfIssues(parsed.error.issues, t));
      return;
    }
    setBusy(true);
    try {
      await onReport(parsed.data);
      setErrors({});
      announce(t('followUp.done'));
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields.length > 0 ? errorsOfProblems(error.fields, t) : { breakthrough: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const labelOf = (path: string) => {
    const [part, domain] = path.split('.');
    if (part === 'domains' && domain) return t(`followUp.domain.${domain}`);
    if (part === 'notes' && domain) return t('followUp.noteFor', { domain: t(`followUp.domain.${domain}`) });
    return t(`followUp.${part}`);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form" aria-labelledby="follow-up-heading">
      <Heading level={2} id="follow-up-heading">
        {t('followUp.formHeading', { moment })}
      </Heading>
      <Paragraph>{t('followUp.intro')}</Paragraph>
      <ErrorSummary errors={errors} labels={labelOf} />
      <RadioGroup
        path="breakthrough"
        label={t('followUp.breakthrough')}
        options={breakthroughResults.map((r) => ({ value: r, label: t(`followUp.result.${r}`) }))}
        value={breakthrough}
        onChange={setBreakthrough}
        error={errors.breakthrough}
      />
      {agreements && (
        <RadioGroup
          path="agreementsKept"
          label={t('followUp.agreementsKept')}
          description={agreements}
          options={breakthroughResults.map((r) => ({ value: r, label: t(`followUp.result.${r}`) }))}
          value={agreementsKept}
          onChange={setAgreementsKept}
          error={errors.agreementsKept}
        />
      )}
      {lifeDomains.map((d) => (
        <div key={d}>
          <RadioGroup
            path={`domains.${d}`}
            label={t(`followUp.domain.${d}`)}
            options={directions.map((dir) => ({ value: dir, label: t(`followUp.direction.${dir}`) }))}
            value={domains[d] ?? ''}
            onChange={(v) => setDomains((s) => ({ ...s, [d]: v }))}
            error={errors[`domains.${d}`]}
          />
          <TextAreaField
            path={`notes.${d}`}
            label={t('followUp.noteFor', { domain: t(`followUp.domain.${d}`) })}
            value={notes[d] ?? ''}
            onChange={(v) => setNotes((s) => ({ ...s, [d]: v }))}
            error={errors[`notes.${d}`]}
            rows={2}
          />
        </div>
      ))}
      <TextAreaField path="unexpected" label={t('followUp.unexpected')} value={unexpected} onChange={setUnexpected} error={errors.unexpected} rows={3} />
      <TextAreaField path="lesson" label={t('followUp.lesson')} description={t('followUp.lessonHelp')} value={lesson} onChange={setLesson} error={errors.lesson} rows={3} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('followUp.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
