import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { payeeKinds } from '../../../../../domain/case/request.schema';
import { paymentInputSchema, type PaymentInput } from '../../../../../domain/payment/payment.schema';
import { ApiError } from '../../../lib/api/api-client';
import type { CaseView } from '../../../lib/api/types';
import { ErrorSummary } from '../../../lib/form/error-summary';
import { CheckboxField, SelectField, TextField } from '../../../lib/form/fields';
import { paidAmountProblem } from '../../../../../domain/fund/amount-limits';
import { errorsOfIssues, errorsOfProblems, errorText, reasonText, type FieldErrors } from '../../../lib/form/issues';
import { eurosInput, parseEuros, useFormat } from '../../../lib/format';
import { Section } from '../../../lib/ui/section';
import { useAnnounce } from '../../../lib/ui/announcer';

/** The payments made so far on a grant. */
export function PaymentsView({ kase }: { kase: CaseView['case'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!kase.payment) return null;
  return (
    <Section headingId="payments-heading" heading={t('payment.heading')}>
      <Paragraph>{t('payment.paidSoFar', { paid: format.money(kase.payment.paidCents), granted: format.money(kase.decision?.amountCents ?? 0) })}</Paragraph>
      <ul>
        {kase.payment.payments.map((p) => (
          <li key={p.id}>
            {format.date(p.paidOn)}: {format.money(p.amountCents)} — {t(`payee.${p.payee.kind}`)}, {p.payee.reference}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Records a payment: the amount and day from the bank statement, to whom, and the conditions met. */
export function PaymentForm({ kase, onPay }: { kase: CaseView['case']; onPay: (body: PaymentInput) => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const open = (kase.decision?.amountCents ?? 0) - (kase.payment?.paidCents ?? 0);
  const [amount, setAmount] = useState(eurosInput(open > 0 ? open : undefined, i18n.language));
  const [paidOn, setPaidOn] = useState(new Date().toISOString().slice(0, 10));
  const [kind, setKind] = useState<string>(kase.request.payee?.kind ?? '');
  const [reference, setReference] = useState(kase.request.payee?.reference ?? '');
  const [conditionsMet, setConditionsMet] = useState(false);
  const [complete, setComplete] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // Only conditions to meet before payment are confirmed here; agreements for afterwards are asked at follow-up.
  const withConditions = kase.decision?.conditions !== undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cents = parseEuros(amount);
    const parsed = paymentInputSchema.safeParse({
      amountCents: cents,
      paidOn,
      payee: { kind: kind || undefined, reference },
      ...(withConditions ? { conditionsMet } : {}),
      ...(complete ? { complete } : {}),
    });
    if (!parsed.success || cents === undefined) {
      setErrors({ ...(parsed.success ? {} : errorsOfIssues(parsed.error.issues, t)), ...(cents === undefined ? { amountCents: t('errors.amount') } : {}) });
      return;
    }
    const overGrant = paidAmountProblem(cents, kase.decision?.amountCents ?? 0, kase.payment?.paidCents ?? 0);
    if (overGrant) {
      setErrors({ amountCents: reasonText(overGrant, t) });
      return;
    }
    setBusy(true);
    try {
      await onPay(parsed.data);
      setErrors({});
      announce(t('payment.recorded'));
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields.length > 0 ? errorsOfProblems(error.fields, t) : { amountCents: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const labels: Record<string, string> = {
    amountCents: t('payment.amount'),
    paidOn: t('payment.paidOn'),
    'payee.kind': t('requestForm.payeeKind'),
    'payee.reference': t('requestForm.payeeReference'),
    conditionsMet: t('payment.conditionsMet'),
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form" aria-labelledby="pay-heading">
      <Heading level={2} id="pay-heading">
        {t('payment.recordHeading')}
      </Heading>
      <ErrorSummary errors={errors} labels={(path) => labels[path] ?? path} />
      <TextField path="amountCents" label={t('payment.amount')} description={t('requestForm.euros')} value={amount} onChange={setAmount} error={errors.amountCents} />
      <TextField path="paidOn" type="date" label={t('payment.paidOn')} description={t('payment.paidOnHelp')} value={paidOn} onChange={setPaidOn} error={errors.paidOn} />
      <SelectField
        path="payee.kind"
        label={t('requestForm.payeeKind')}
        placeholder={t('form.choose')}
        options={payeeKinds.map((k) => ({ value: k, label: t(`payee.${k}`) }))}
        value={kind}
        onChange={setKind}
        error={errors['payee.kind']}
      />
      <TextField path="payee.reference" label={t('requestForm.payeeReference')} value={reference} onChange={setReference} error={errors['payee.reference']} />
      {withConditions && (
        <CheckboxField path="conditionsMet" label={t('payment.conditionsMet')} description={kase.decision?.conditions} checked={conditionsMet} onChange={setConditionsMet} error={errors.conditionsMet} />
      )}
      <CheckboxField path="complete" label={t('payment.complete')} description={t('payment.completeHelp')} checked={complete} onChange={setComplete} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('payment.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
