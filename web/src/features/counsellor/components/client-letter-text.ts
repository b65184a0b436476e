import type { TFunction } from 'i18next';
import type { CaseView } from '../../../lib/api/types';
import type { Formatters } from '../../../lib/format';
import { localeOf } from '../../../lib/i18n/i18n';

type Kase = CaseView['case'];
type Decision = NonNullable<Kase['decision']>;

/** A part of the letter under its own heading: its sentences, and the panel's own words quoted where it has them. */
export interface LetterPart {
  id: 'why' | 'conditions' | 'agreements' | 'next';
  heading: string;
  intro?: string;
  /** The panel's words as recorded, shown as a quotation. */
  quote?: string;
  sentences: string[];
}

export interface LetterText {
  title: string;
  date: string;
  /** "Beste" before the blank line for the client's name. */
  dear: string;
  opening: string[];
  parts: LetterPart[];
  closing: string[];
  regards: string;
  signature: string;
}

export interface LetterInput {
  /** A decided case, as the counsellor's case view has it. */
  kase: Kase & { decision: Decision };
  fundName: string;
  /** The fund's follow-up moments in months, for a grant whose follow-up starts only after payment. */
  followUpMonths?: readonly number[] | undefined;
  organisationName?: string | undefined;
  /** The day the letter is printed (YYYY-MM-DD). */
  today: string;
}

/**
 * The text of the client's letter: the decision, the panel's reasons in its own words, what happens
 * next (payment to whom, follow-up moments, asking the fund to look again). It carries no client
 * reference and no name: the counsellor writes the name on paper, so nothing of it is stored.
 */
export function clientLetterText({ kase, fundName, followUpMonths, organisationName, today }: LetterInput, t: TFunction, format: Formatters, language: string): LetterText {
  const decision = kase.decision;
  const counsellor = kase.counsellor.name;
  const amountCents = decision.amountCents ?? kase.request.amountCents ?? 0;
  const amount = format.money(amountCents);
  const granted = decision.outcome !== 'refused';

  const opening = [t('letter.opening', { counsellor, fund: fundName, date: format.date(decision.decidedAt.slice(0, 10)) }), t(`letter.outcome.${decision.outcome}`, { amount })];
  const asked = kase.request.amountCents;
  if (granted && asked !== undefined && amountCents < asked) opening.push(t('letter.lessThanAsked', { asked: format.money(asked) }));

  const parts: LetterPart[] = [{ id: 'why', heading: t('letter.whyHeading'), intro: t('letter.whyIntro'), quote: decision.reasoning, sentences: [] }];
  if (granted && decision.conditions) parts.push({ id: 'conditions', heading: t('letter.conditionsHeading'), intro: t('letter.conditionsIntro'), quote: decision.conditions, sentences: [] });
  if (granted && decision.agreements) parts.push({ id: 'agreements', heading: t('letter.agreementsHeading'), intro: t('letter.agreementsIntro'), quote: decision.agreements, sentences: [] });
  parts.push({
    id: 'next',
    heading: t('letter.nextHeading'),
    sentences: [...(granted ? paymentSentences(kase, amountCents, t, format) : []), followUpSentence(kase, followUpMonths, today, t, language), t('letter.reconsider')],
  });

  return {
    title: t('letter.title', { fund: fundName }),
    date: t('letter.date', { date: format.date(today) }),
    dear: t('letter.dear'),
    opening,
    parts,
    closing: [t('letter.questions', { counsellor })],
    regards: t('letter.regards'),
    signature: organisationName ? `${counsellor}, ${organisationName}` : counsellor,
  };
}

/** To whom, how much, and whether it has been paid already (a grant with conditions to meet pays only once they are). */
function paymentSentences(kase: Kase, amountCents: number, t: TFunction, format: Formatters): string[] {
  const kind = kase.payment?.payments[0]?.payee.kind ?? kase.request.payee?.kind;
  const toClient = kind === 'client';
  const name = kase.request.payee?.name;
  const kindText = t(`letter.payee.${kind ?? 'unknown'}`);
  const payee = name && !toClient ? t('letter.payeeNamed', { kind: kindText, name }) : kindText;
  const amount = format.money(amountCents);
  const payment = kase.payment;
  if (payment?.completedAt) return [t(toClient ? 'letter.paidClient' : 'letter.paid', { amount: format.money(payment.paidCents), payee })];
  if (payment && payment.paidCents > 0) return [t(toClient ? 'letter.paidPartClient' : 'letter.paidPart', { paid: format.money(payment.paidCents), amount, payee })];
  const pay = t(toClient ? 'letter.payClient' : 'letter.pay', { amount, payee });
  return kase.decision?.conditions ? [pay, t('letter.payAfterConditions')] : [pay];
}

/**
 * When the counsellor will ask how things are: the case's own moments still ahead once follow-up runs
 * (one already due is asked soon), else the fund's months after payment; nothing ahead once it is over.
 */
function followUpSentence(kase: Kase, followUpMonths: readonly number[] | undefined, today: string, t: TFunction, language: string): string {
  const locale = localeOf(language);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const moments = kase.followUp?.moments;
  if (moments) {
    const open = moments.filter((m) => !m.reportedAt);
    if (kase.state === 'closed' || open.length === 0) return t('letter.followUpDone');
    const ahead = open.filter((m) => m.dueAt.slice(0, 10) > today);
    if (ahead.length === 0) return t('letter.followUpSoon');
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
    const dates = list.format(ahead.map((m) => month.format(new Date(m.dueAt))));
    return t(kase.decision?.outcome === 'refused' ? 'letter.followUpRefused' : 'letter.followUp', { dates });
  }
  // A refusal's moments start with the decision, so it has them; without the fund's months, say it without a date.
  if (kase.decision?.outcome === 'refused' || !followUpMonths || followUpMonths.length === 0) return t('letter.followUpLater');
  const months = [...new Set(followUpMonths)].sort((a, b) => a - b);
  return t('letter.followUpAfterPayment', { count: months.at(-1), months: list.format(months.map(String)) });
}
