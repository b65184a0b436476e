import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { ApiError } from '../api/api-client';
import { useAnnounce } from '../ui/announcer';
import { ConfirmStep } from './confirm-step';
import { TextAreaField } from './fields';
import { errorsOfIssues, errorsOfProblems, errorText, type FieldErrors } from './issues';

interface TextFormProps<Field extends string> {
  /** The domain's schema of the body, e.g. `answerInputSchema`: checked here as the API checks it. */
  schema: z.ZodType<Record<Field, string>>;
  field: Field;
  /** Makes the field's id unique when the page has several such forms. */
  idPrefix: string;
  label: string;
  description?: string;
  submitLabel: string;
  done: string;
  /** For a step that cannot be undone: asked once the text is valid, confirmed with this answer. */
  confirm?: { question: string; yes: string };
  onSubmit: (body: Record<Field, string>) => Promise<unknown>;
}

/** A form of one text: a question, an answer, a conflict, a comment, a reason. */
export function TextForm<Field extends string>({ schema, field, idPrefix, label, description, submitLabel, done, confirm, onSubmit }: TextFormProps<Field>) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const path = `${idPrefix}.${field}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = schema.safeParse({ [field]: text });
    if (!parsed.success) {
      setErrors(errorsOfIssues(parsed.error.issues, t, idPrefix));
      return;
    }
    if (confirm && !confirming) {
      setErrors({});
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      setText('');
      setErrors({});
      announce(done);
    } catch (error) {
      const problems = error instanceof ApiError ? errorsOfProblems(error.fields, t) : {};
      setErrors({ [path]: problems[field] ?? errorText(error, t) });
      announce(t('form.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form">
      <TextAreaField path={path} label={label} description={description} value={text} onChange={(v) => { setText(v); setConfirming(false); }} error={errors[path]} rows={4} />
      {confirm && confirming ? (
        <ConfirmStep id={`${idPrefix}-confirm`} question={confirm.question} yes={confirm.yes} busy={busy} onNotNow={() => setConfirming(false)} />
      ) : (
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {submitLabel}
          </Button>
        </ButtonGroup>
      )}
    </form>
  );
}
