import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionInputSchema, outcomes, type DecisionInput } from '../../../../../domain/case/case.schema';
import type { Tally } from '../../../../../domain/deliberation/tally.schema';
import type { Vote } from '../../../../../domain/deliberation/vote.schema';
import { ApiError } from '../../../lib/api/api-client';
import { ErrorSummary } from '../../../lib/form/error-summary';
import { CheckboxField, RadioGroup, TextAreaField, TextField } from '../../../lib/form/fields';
import { grantedAmountProblem } from '../../../../../domain/fund/amount-limits';
import { errorsOfIssues, errorsOfProblems, errorText, reasonText, type FieldErrors } from '../../../lib/form/issues';
import { eurosInput, parseEuros } from '../../../lib/format';
import { useAnnounce } from '../../../lib/ui/announcer';

/** The outcome the tally leans to, as a decision outcome; nothing on a tie or abstentions only. */
function outcomeOfLeaning(leaning: Tally['leaning']): string {
  if (leaning === 'grant') return 'granted';
  if (leaning === 'grant_with_conditions') return 'granted_with_conditions';
  if (leaning === 'refuse') return 'refused';
  return '';
}

const outcomeOfPosition = { grant: 'granted', grant_with_conditions: 'granted_with_conditions', refuse: 'refused', abstain: '' } as const;

interface Props {
  tally: Tally;
  votes: readonly Vote[];
  requestedCents: number | undefined;
  onDecide: (decision: DecisionInput) => Promise<unknown>;
}

/**
 * The decision from the tally: the outcome starts at what the panel leans to; the names of those
 * who voted otherwise are offered for the dissent; without quorum a reason is required.
 */
export function DecisionForm({ tally, votes, requestedCents, onDecide }: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const [outcome, setOutcome] = useState(outcomeOfLeaning(tally.leaning));
  const [amount, setAmount] = useState(eurosInput(requestedCents, i18n.language));
  const [conditions, setConditions] = useState('');
  const [agreements, setAgreements] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [dissent, setDissent] = useState('');
  const [ruleSetAside, setRuleSetAside] = useState(false);
  const [rule, setRule] = useState('');
  const [why, setWhy] = useState('');
  const [override, setOverride] = useState('');
  const [budgetReason, setBudgetReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const granted = outcome === 'granted' || outcome === 'granted_with_conditions';
  const dissenters = votes.filter((v) => outcome !== '' && outcomeOfPosition[v.position] !== '' && outcomeOfPosition[v.position] !== outcome);

  function toInput(): { input: unknown; unreadable: FieldErrors } {
    const cents = parseEuros(amount);
    const unreadable: FieldErrors = granted && amount.trim() !== '' && cents === undefined ? { amountCents: t('errors.amount') } : {};
    return {
      unreadable,
      input: {
        outcome: outcome || undefined,
        ...(granted && cents !== undefined ? { amountCents: cents } : {}),
        ...(outcome === 'granted_with_conditions' && conditions.trim() ? { conditions } : {}),
        ...(outcome === 'granted_with_conditions' && agreements.trim() ? { agreements } : {}),
        reasoning,
        ...(dissent.trim() ? { dissent } : {}),
        ...(ruleSetAside ? { ruleSetAside: { rule, why } } : {}),
        ...(!tally.quorum.reached ? { quorumOverride: { reason: override } } : {}),
        ...(budgetReason.trim() ? { budgetOverride: { reason: budgetReason } } : {}),
      },
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { input, unreadable } = toInput();
    const parsed = decisionInputSchema.safeParse(input);
    const found = { ...(parsed.success ? {} : errorsOfIssues(parsed.error.issues, t)), ...unreadable };
    if (granted && !('amountCents' in (input as object)) && !found.amountCents) found.amountCents = t('reasons.required');
    const overLimit = parsed.success && granted && parsed.data.amountCents !== undefined && requestedCents !== undefined
      ? grantedAmountProblem(parsed.data.amountCents, requestedCents)
      : null;
    if (overLimit) found.amountCents ??= reasonText(overLimit, t);
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      announce(t('form.errorSummary', { count: Object.keys(found).length }));
      return;
    }
    setBusy(true);
    try {
      await onDecide(parsed.data);
      announce(t('decision.recorded'));
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields.length > 0 ? errorsOfProblems(error.fields, t) : { outcome: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const labels: Record<string, string> = {
    outcome: t('decision.outcome'),
    amountCents: t('decision.amount'),
    conditions: t('decision.conditions'),
    agreements: t('decision.agreements'),
    reasoning: t('decision.reasoning'),
    dissent: t('decision.dissent'),
    'ruleSetAside.rule': t('decision.rule'),
    'ruleSetAside.why': t('decision.why'),
    'quorumOverride.reason': t('decision.overrideReason'),
    'budgetOverride.reason': t('decision.budgetReason'),
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form" aria-labelledby="decide-heading">
      <Heading level={2} id="decide-heading">
        {t('decision.recordHeading')}
      </Heading>
      <ErrorSummary errors={errors} labels={(path) => labels[path] ?? path} />
      <RadioGroup
        path="outcome"
        label={t('decision.outcome')}
        description={tally.leaning && tally.leaning !== 'tie' ? t('decision.leaningHelp', { position: t(`position.${tally.leaning}`) }) : undefined}
        options={outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        value={outcome}
        onChange={setOutcome}
        error={errors.outcome}
      />
      {granted && <TextField path="amountCents" label={t('decision.amount')} description={t('decision.amountHelp')} value={amount} onChange={setAmount} error={errors.amountCents} />}
      {outcome === 'granted_with_conditions' && (
        <>
          <TextAreaField path="conditions" label={t('decision.conditions')} description={t('decision.conditionsHelp')} value={conditions} onChange={setConditions} error={errors.conditions} rows={3} />
          <TextAreaField path="agreements" label={t('decision.agreements')} description={t('decision.agreementsHelp')} value={agreements} onChange={setAgreements} error={errors.agreements} rows={3} />
        </>
      )}
      <TextAreaField path="reasoning" label={t('decision.reasoning')} description={t('decision.reasoningHelp')} value={reasoning} onChange={setReasoning} error={errors.reasoning} />
      <TextAreaField
        path="dissent"
        label={t('decision.dissent')}
        description={
          dissenters.length > 0
            ? t('decision.dissentHelp', { names: dissenters.map((v) => `${v.member.name} (${t(`position.${v.position}`)})`).join(', ') })
            : t('decision.dissentNone')
        }
        value={dissent}
        onChange={setDissent}
        error={errors.dissent}
        rows={3}
      />
      <CheckboxField path="ruleSetAside" label={t('decision.ruleSetAsideCheck')} description={t('decision.ruleSetAsideHelp')} checked={ruleSetAside} onChange={setRuleSetAside} />
      {ruleSetAside && (
        <>
          <TextField path="ruleSetAside.rule" label={t('decision.rule')} value={rule} onChange={setRule} error={errors['ruleSetAside.rule']} />
          <TextAreaField path="ruleSetAside.why" label={t('decision.why')} value={why} onChange={setWhy} error={errors['ruleSetAside.why']} rows={3} />
        </>
      )}
      {!tally.quorum.reached && (
        <>
          <Paragraph>{t('decision.noQuorum')}</Paragraph>
          <TextAreaField path="quorumOverride.reason" label={t('decision.overrideReason')} value={override} onChange={setOverride} error={errors['quorumOverride.reason']} rows={3} />
        </>
      )}
      {(errors['budgetOverride.reason'] !== undefined || budgetReason !== '') && (
        <TextAreaField path="budgetOverride.reason" label={t('decision.budgetReason')} value={budgetReason} onChange={setBudgetReason} error={errors['budgetOverride.reason']} rows={3} />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('decision.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
