import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { screeningInputSchema, type ScreeningInput } from '../../../../../domain/case/case.schema';
import { ErrorSummary } from '../../../lib/form/error-summary';
import { RadioGroup, TextAreaField } from '../../../lib/form/fields';
import { errorsOfIssues, errorText, type FieldErrors } from '../../../lib/form/issues';
import { useAnnounce } from '../../../lib/ui/announcer';

/** Screening: in (with an optional note) or out (with the reason the counsellor will read). */
export function ScreeningForm({ onScreen }: { onScreen: (body: ScreeningInput) => Promise<unknown> }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [outcome, setOutcome] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const textField = outcome === 'out' ? 'reason' : 'note';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = outcome === 'out' ? { outcome, reason: text } : { outcome: outcome || undefined, ...(text.trim() ? { note: text } : {}) };
    const parsed = screeningInputSchema.safeParse(body);
    if (!parsed.success) {
      // Without an outcome the union cannot say which field is wrong: the choice itself is missing.
      setErrors(outcome ? errorsOfIssues(parsed.error.issues, t) : { outcome: t('errors.choose') });
      return;
    }
    setBusy(true);
    try {
      await onScreen(parsed.data);
      setErrors({});
      announce(t('screening.done'));
    } catch (error) {
      setErrors({ outcome: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form" aria-labelledby="screening-heading">
      <Heading level={2} id="screening-heading">
        {t('screening.heading')}
      </Heading>
      <ErrorSummary errors={errors} labels={(path) => (path === 'outcome' ? t('screening.outcome') : t(`screening.${textField}`))} />
      <RadioGroup
        path="outcome"
        label={t('screening.outcome')}
        options={[
          { value: 'in', label: t('screening.in') },
          { value: 'out', label: t('screening.out') },
        ]}
        value={outcome}
        onChange={setOutcome}
        error={errors.outcome}
      />
      <TextAreaField
        path={textField}
        label={t(`screening.${textField}`)}
        description={outcome === 'out' ? t('screening.reasonHelp') : undefined}
        value={text}
        onChange={setText}
        error={errors[textField]}
        rows={3}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('screening.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
