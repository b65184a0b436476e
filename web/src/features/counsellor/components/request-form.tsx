import { Button, ButtonGroup, Heading, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { alternativeRoutes, categories, draftRequestSchema, housingSituations, payeeKinds, requestSchema, type DraftRequest } from '../../../../../domain/case/request.schema';
import { ApiError } from '../../../lib/api/api-client';
import { ErrorSummary } from '../../../lib/form/error-summary';
import { CheckboxField, CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from '../../../lib/form/fields';
import { requestedAmountProblem } from '../../../../../domain/fund/amount-limits';
import { errorsOfIssues, errorsOfProblems, errorText, reasonText, type FieldErrors } from '../../../lib/form/issues';
import { useFormat } from '../../../lib/format';
import { useAnnounce } from '../../../lib/ui/announcer';
import { pathOf, toDraft, withoutPath, type RequestValues } from './request-values';
import { useAutosave, type SaveStatus } from './use-autosave';

interface Checked {
  /** The valid parts, to save as a draft; null while the client reference is not valid yet. */
  saveable: DraftRequest | null;
  errors: FieldErrors;
  /** Fields refused because they hold identifying data: shown at once, not only after leaving the field. */
  privacy: Set<string>;
}

/** Checks the form against the domain's draft schema; what is invalid is left out of the save. */
export function checkDraft(values: RequestValues, t: TFunction): Checked {
  const { draft, unreadable } = toDraft(values);
  const errors: FieldErrors = Object.fromEntries(Object.entries(unreadable).map(([path, kind]) => [path, t(`errors.${kind}`)]));
  const privacy = new Set<string>();
  let candidate = draft;
  for (let attempt = 0; attempt < 4; attempt++) {
    const parsed = draftRequestSchema.safeParse(candidate);
    if (parsed.success) return { saveable: parsed.data, errors, privacy };
    for (const issue of parsed.error.issues) {
      const path = issue.path.slice(0, 2).map(String).join('.');
      if ((issue as { params?: { privacy?: string } }).params?.privacy) privacy.add(path);
      candidate = withoutPath(candidate, path);
    }
    Object.assign(errors, { ...errorsOfIssues(parsed.error.issues, t), ...errors });
    if (candidate.clientRef === undefined) break;
  }
  return { saveable: null, errors, privacy };
}

const hasValue = (value: unknown) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value === true);

const withoutKey = (errors: FieldErrors, key: string): FieldErrors => {
  const rest = { ...errors };
  delete rest[key];
  return rest;
};

function SaveStatusLine({ status, needsReference }: { status: SaveStatus; needsReference: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text =
    status.kind === 'saving'
      ? t('requestForm.saving')
      : status.kind === 'saved'
        ? t('requestForm.savedAt', { time: format.dateTime(status.at.toISOString()) })
        : status.kind === 'failed'
          ? t('requestForm.saveFailed')
          : needsReference
            ? t('requestForm.needsReference')
            : t('requestForm.autosaveHint');
  return <Paragraph className="doorbraak-save-status doorbraak-muted">{text}</Paragraph>;
}

export interface RequestFormProps {
  initial: RequestValues;
  caseId: string | undefined;
  maxPerRequestCents?: number;
  /** Creates the case (first save) or saves the draft; resolves with the case id. */
  save: (caseId: string | undefined, draft: DraftRequest) => Promise<string>;
  submit: (caseId: string) => Promise<void>;
}

/**
 * The guided request: client, situation, the three criteria, urgency, money and effect. Saved as a
 * draft while typing; identifying data is refused at the field with the reason; submitting checks
 * the complete request against the same schema the API uses.
 */
export function RequestForm({ initial, caseId: initialCaseId, maxPerRequestCents, save, submit }: RequestFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const [values, setValues] = useState(initial);
  const [caseId, setCaseId] = useState(initialCaseId);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitErrors, setSubmitErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [attempts, setAttempts] = useState(0);

  const checked = useMemo(() => checkDraft(values, t), [values, t]);
  const saveDraft = useCallback(
    async (draft: DraftRequest) => {
      try {
        const id = await save(caseId, draft);
        setCaseId(id);
        announce(t('requestForm.saved'));
      } catch (error) {
        announce(t('requestForm.saveFailed'));
        if (error instanceof ApiError && error.fields.length > 0) setSubmitErrors(errorsOfProblems(error.fields, t));
        throw error;
      }
    },
    [save, caseId, announce, t],
  );
  const autosave = useAutosave(checked.saveable, saveDraft);

  // Once a field is typed in, its own live check replaces what the last submit said of it.
  const set = <K extends keyof RequestValues>(name: K) => (value: RequestValues[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    const path = pathOf[name];
    setSubmitErrors((errors) => (path in errors ? withoutKey(errors, path) : errors));
    if (attempts > 0) setTouched((s) => new Set(s).add(path));
  };
  // Tabbing past an empty field says nothing yet: a missing answer is named when submitting.
  const leave = (name: keyof RequestValues) => () => {
    if (hasValue(values[name])) setTouched((s) => new Set(s).add(pathOf[name]));
    void autosave.flush();
  };
  const errorOf = (name: keyof RequestValues): string | undefined => {
    const path = pathOf[name];
    if (submitErrors[path]) return submitErrors[path];
    const error = checked.errors[path];
    return error && (touched.has(path) || checked.privacy.has(path)) ? error : undefined;
  };
  const labelOf = (path: string) => {
    const name = (Object.keys(pathOf) as (keyof RequestValues)[]).find((n) => pathOf[n] === path);
    return name ? t(`requestForm.${name}`) : path;
  };
  const text = (name: keyof RequestValues & string, options: { area?: boolean; description?: string; type?: 'date' } = {}) => {
    const props = {
      path: pathOf[name],
      label: t(`requestForm.${name}`),
      description: options.description,
      value: values[name] as string,
      onChange: set(name) as (v: string) => void,
      onBlur: leave(name),
      error: errorOf(name),
    };
    return options.area ? <TextAreaField {...props} /> : <TextField {...props} {...(options.type ? { type: options.type } : {})} />;
  };
  const options = (list: readonly string[], prefix: string) => list.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const noIdentifying = t('requestForm.noIdentifying');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { draft, unreadable } = toDraft(values);
    // Every part present, so a missing answer is reported at its own field, not at the part.
    const parts = { consent: {}, household: {}, noAlternative: {}, urgency: {}, payee: {}, costOfDoingNothing: {} };
    const complete = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, { ...v, ...(draft[k] as object | undefined) }]));
    const parsed = requestSchema.safeParse({ ...draft, ...complete });
    const errors: FieldErrors = {
      ...(parsed.success ? {} : errorsOfIssues(parsed.error.issues, t)),
      ...Object.fromEntries(Object.entries(unreadable).map(([path, kind]) => [path, t(`errors.${kind}`)])),
    };
    // zod checks the hard-date rule only once every field parses; say it now, with the rest.
    if (values.urgent && values.hardDate === '') errors[pathOf.hardDate] ??= t('reasons.hard_date_needed');
    // The fund's maximum is known here: say it before sending, in the same words the API would.
    const overMaximum = maxPerRequestCents !== undefined && typeof draft.amountCents === 'number'
      ? requestedAmountProblem(draft.amountCents, { maxPerRequestCents })
      : null;
    if (overMaximum) errors[pathOf.amount] ??= reasonText(overMaximum, t);
    setSubmitErrors(errors);
    setAttempts((n) => n + 1);
    if (Object.keys(errors).length > 0) {
      announce(t('form.errorSummary', { count: Object.keys(errors).length }));
      return;
    }
    setSubmitting(true);
    try {
      const saved = await autosave.flush();
      if (!saved || !caseId) throw new Error('not saved');
      await submit(caseId);
    } catch (error) {
      // The submit route checks the case, so it names the request's fields under "request.".
      if (error instanceof ApiError && error.fields.length > 0) setSubmitErrors(errorsOfProblems(error.fields, t, 'request'));
      else setSubmitErrors({ '(form)': errorText(error, t, 'requestForm.submitFailed') });
      announce(t('requestForm.submitFailed'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="doorbraak-form" aria-labelledby="request-form-title">
      <Heading1 id="request-form-title">{initialCaseId ? t('requestForm.editTitle') : t('requestForm.title')}</Heading1>
      <Paragraph>{t('requestForm.intro')}</Paragraph>
      <ErrorSummary errors={submitErrors} attempt={attempts} labels={(path) => (path === '(form)' ? t('requestForm.title') : labelOf(path))} />

      <Heading level={2}>{t('requestForm.sectionClient')}</Heading>
      {text('clientRef', { description: t('requestForm.clientRefHelp') })}
      <CheckboxField
        path={pathOf.consentGiven}
        label={t('requestForm.consentGiven')}
        description={t('requestForm.consentHelp')}
        checked={values.consentGiven}
        onChange={set('consentGiven')}
        error={errorOf('consentGiven')}
      />
      {text('consentDate', { type: 'date' })}

      <Heading level={2}>{t('requestForm.sectionHousehold')}</Heading>
      <div className="doorbraak-columns">
        {text('adults')}
        {text('children')}
      </div>
      <SelectField
        path={pathOf.housing}
        label={t('requestForm.housing')}
        placeholder={t('form.choose')}
        options={options(housingSituations, 'housing')}
        value={values.housing}
        onChange={set('housing')}
        onBlur={leave('housing')}
        error={errorOf('housing')}
      />
      <div className="doorbraak-columns">
        {text('monthlyIncome', { description: t('requestForm.euros') })}
        {text('totalDebt', { description: t('requestForm.euros') })}
      </div>
      {text('creditorCount')}
      {text('situation', { area: true, description: noIdentifying })}

      <Heading level={2}>{t('criterion.breakthrough')}</Heading>
      {text('breakthrough', { area: true, description: t('requestForm.breakthroughHelp') })}

      <Heading level={2}>{t('criterion.noAlternative')}</Heading>
      <CheckboxGroup
        path={pathOf.routesTried}
        label={t('requestForm.routesTried')}
        options={options(alternativeRoutes, 'route')}
        values={values.routesTried}
        onChange={(v) => {
          set('routesTried')(v);
          setTouched((s) => new Set(s).add(pathOf.routesTried));
        }}
        error={errorOf('routesTried')}
      />
      {text('noAlternativeExplanation', { area: true, description: noIdentifying })}

      <Heading level={2}>{t('criterion.stability')}</Heading>
      {text('stability', { area: true, description: t('requestForm.stabilityHelp') })}

      <Heading level={2}>{t('requestForm.sectionUrgency')}</Heading>
      <RadioGroup
        path={pathOf.urgent}
        label={t('requestForm.urgent')}
        description={t('requestForm.urgentHelp')}
        options={[
          { value: 'no', label: t('requestForm.urgentNo') },
          { value: 'yes', label: t('requestForm.urgentYes') },
        ]}
        value={values.urgent ? 'yes' : 'no'}
        onChange={(v) => set('urgent')(v === 'yes')}
        error={errorOf('urgent')}
      />
      {values.urgent && (
        <>
          {text('hardDate', { type: 'date' })}
          {text('urgencyReason', { area: true, description: noIdentifying })}
        </>
      )}

      <Heading level={2}>{t('requestForm.sectionMoney')}</Heading>
      {text('amount', {
        description: maxPerRequestCents ? t('requestForm.amountHelp', { max: format.money(maxPerRequestCents) }) : t('requestForm.euros'),
      })}
      <SelectField
        path={pathOf.category}
        label={t('requestForm.category')}
        placeholder={t('form.choose')}
        options={options(categories, 'category')}
        value={values.category}
        onChange={set('category')}
        onBlur={leave('category')}
        error={errorOf('category')}
      />
      <SelectField
        path={pathOf.payeeKind}
        label={t('requestForm.payeeKind')}
        description={t('requestForm.payeeHelp')}
        placeholder={t('form.choose')}
        options={options(payeeKinds, 'payee')}
        value={values.payeeKind}
        onChange={set('payeeKind')}
        onBlur={leave('payeeKind')}
        error={errorOf('payeeKind')}
      />
      {text('payeeName')}
      {text('payeeReference')}

      <Heading level={2}>{t('requestForm.sectionEffect')}</Heading>
      {text('expectedEffect', { area: true })}
      {text('costEstimate', { description: t('requestForm.euros') })}
      {text('costExplanation', { area: true, description: t('requestForm.costHelp') })}

      <SaveStatusLine status={autosave.status} needsReference={checked.saveable === null && values.clientRef.trim() === ''} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={submitting} disabled={submitting}>
          {t('requestForm.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => void autosave.flush()}>
          {t('requestForm.saveNow')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
