import type { CaseChange, CaseFile, CommandContext } from '../case/case-file.js';
import type { DraftDeletion } from '../case/draft.commands.js';
import { closed } from '../follow-up/follow-up.commands.js';
import type { Actor } from '../people/actor.schema.js';
import { refOf } from '../people/actor.schema.js';
import { purgeNarrative } from '../retention/purge.js';
import { revised } from '../case/transition.js';
import { addMonths } from '../shared/time.js';
import { endedAt, workDue, type DueWork, type ReminderKind } from './reminders.js';
import { stillToVote, type PanelMember } from './still-to-vote.js';

/** Who the scheduled job acts as on the timeline. */
export const schedulerOf = (fundId: string): Actor => ({ userId: 'scheduler', name: 'Doorbraak (planner)', fundId, role: 'programme_manager' });

type Reminder = Extract<DueWork, { kind: ReminderKind }>;
const isReminder = (w: DueWork): w is Reminder => w.kind !== 'auto_close' && w.kind !== 'purge' && w.kind !== 'start_retention';

/**
 * What the scheduled job does on one case whose time has come: sends the reminders that are due
 * (each recorded on the case, so it is sent once), closes the case some days after its final
 * report, and purges its narrative text when the retention period is over. Null when nothing is due.
 * A voting reminder goes to each panel member who has not voted yet: `panel` is the fund's panel,
 * and `file` must then hold the case's votes and conflicts.
 */
export function attendToCase(file: CaseFile, ctx: CommandContext, panel: readonly PanelMember[] = []): CaseChange | null {
  const due = workDue(file.case, ctx.now);
  if (due.length === 0 || file.case.state === 'draft') return null;
  const scheduler = schedulerOf(file.case.fundId);
  const isDue = (kind: DueWork['kind']) => due.some((w) => w.kind === kind);
  // Each step sees the case as the one before left it; a purge can follow its retention's start at once.
  const steps: Array<(f: CaseFile) => CaseChange | null> = [
    (f) => remind(f, due.filter(isReminder), scheduler, ctx, panel),
    (f) => (isDue('auto_close') ? closed(f, scheduler, ctx, { automatic: true }) : null),
    (f) => (isDue('start_retention') ? retentionStarted(f, ctx) : null),
    (f) => (workDue(f.case, ctx.now).some((w) => w.kind === 'purge') ? purgeNarrative(f, scheduler, ctx) : null),
  ];
  let current = file;
  let last: CaseChange | null = null;
  const events: CaseChange['events'] = [];
  let stillToVote: string[] | undefined;
  for (const next of steps) {
    const change = next(current);
    if (!change) continue;
    last = change;
    events.push(...change.events);
    stillToVote ??= change.stillToVote;
    current = { ...current, case: change.case };
  }
  // One write: the version goes up once from the case as read, whatever the steps; the reminder's recipients go with it.
  return last && { ...last, case: revised(file.case, last.case, ctx.now), events, ...(stillToVote ? { stillToVote } : {}) };
}

/**
 * A draft no one changed for the fund's retention period is deleted whole, as its counsellor could:
 * it never became a request, so no figure or lesson depends on it. Null while it is not due.
 */
export function expiredDraft(file: CaseFile, now: string): DraftDeletion | null {
  return file.case.state === 'draft' && workDue(file.case, now).some((w) => w.kind === 'purge') ? { draft: file } : null;
}

/** Bookkeeping, not a step of the case: no history entry, only the date its narrative text is purged. */
function retentionStarted(file: CaseFile, ctx: CommandContext): CaseChange {
  const purgeAfter = addMonths(endedAt(file.case)!, ctx.fund.settings.retentionMonths);
  return { case: { ...file.case, retention: { purgeAfter }, updatedAt: ctx.now }, caseChanged: true, events: [] };
}

function remind(file: CaseFile, due: Reminder[], scheduler: Actor, ctx: CommandContext, panel: readonly PanelMember[]): CaseChange | null {
  if (due.length === 0) return null;
  const by = refOf(scheduler);
  const sent = Object.fromEntries(due.map((w) => [w.key, ctx.now]));
  // Passed already when the job ran late: the manager's notice says it all, the members' reminder would come too late.
  const near = due.filter((w) => w.kind === 'voting_deadline_near' && !due.some((p) => p.kind === 'voting_deadline_passed'));
  const events = due.filter((w) => w.kind !== 'voting_deadline_near' || near.includes(w));
  return {
    case: revised(file.case, { reminders: { ...file.case.reminders, ...sent } }, ctx.now),
    caseChanged: true,
    events: events.map((w) => ({ type: w.kind, at: ctx.now, by, ...(w.moment ? { moment: w.moment } : {}) })),
    ...(near.length > 0 ? { stillToVote: stillToVote(file, panel) } : {}),
  };
}
