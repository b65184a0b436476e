import type { CaseChange, CaseFile, CommandContext } from '../case/case-file.js';
import { move } from '../case/transition.js';
import { refOf, type Actor } from '../people/actor.schema.js';
import { guard } from '../policies/case.policy.js';
import { notFoundError, ok, ruleViolation, type Result } from '../shared/result.js';
import { addMilliseconds, millisecondsBetween } from '../shared/time.js';

/** The panel asks the counsellor a question; the case waits and its voting clock pauses. */
export function askQuestion(file: CaseFile, actor: Actor, text: string, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('askQuestion', file, actor);
  if (!allowed.ok) return allowed;
  const deliberation = file.case.deliberation!;
  const change = move(file, actor, ctx, 'askQuestion', {
    event: 'question_asked',
    patch: {
      openQuestions: file.case.openQuestions + 1,
      deliberation: { ...deliberation, pausedSince: deliberation.pausedSince ?? ctx.now },
    },
  });
  const record = { id: ctx.newId(), caseId: file.case.id, askedBy: refOf(actor), askedAt: ctx.now, text };
  return ok({ ...change, question: { record, isNew: true } });
}

/**
 * The counsellor answers. When no question is left open the case returns to deliberation and the
 * voting deadline moves later by the time it waited.
 */
export function answerQuestion(
  file: CaseFile,
  actor: Actor,
  input: { questionId: string; text: string },
  ctx: CommandContext,
): Result<CaseChange> {
  const allowed = guard('answerQuestion', file, actor);
  if (!allowed.ok) return allowed;
  const question = file.questions.find((q) => q.id === input.questionId);
  if (!question) return notFoundError('not_found', 'There is no such question on this case.');
  if (question.answer) return ruleViolation('already_answered', 'This question has already been answered.');

  const openQuestions = file.case.openQuestions - 1;
  const change = move(file, actor, ctx, 'answerQuestion', {
    event: 'question_answered',
    to: openQuestions > 0 ? 'awaiting_answer' : 'in_deliberation',
    patch: { openQuestions, deliberation: openQuestions > 0 ? file.case.deliberation : resumed(file, ctx.now) },
  });
  const record = { ...question, answer: { text: input.text, by: refOf(actor), at: ctx.now } };
  return ok({ ...change, question: { record, isNew: false } });
}

function resumed(file: CaseFile, now: string) {
  const d = file.case.deliberation!;
  const waited = d.pausedSince ? millisecondsBetween(d.pausedSince, now) : 0;
  return { openedAt: d.openedAt, urgent: d.urgent, deadline: addMilliseconds(d.deadline, waited), pausedMs: d.pausedMs + waited };
}
