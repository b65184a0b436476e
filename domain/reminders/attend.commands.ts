import type { CaseChange, CaseFile, CommandContext } from '../case/case-file.js';
import { closed } from '../follow-up/follow-up.commands.js';
import type { Actor } from '../people/actor.schema.js';
import { refOf } from '../people/actor.schema.js';
import { purgeNarrative } from '../retention/purge.js';
import { workDue, type DueWork, type ReminderKind } from './reminders.js';

/** Who the scheduled job acts as on the timeline. */
export const schedulerOf = (fundId: string): Actor => ({ userId: 'scheduler', name: 'Doorbraak (planner)', fundId, role: 'programme_manager' });

type Reminder = Extract<DueWork, { kind: ReminderKind }>;
const isReminder = (w: DueWork): w is Reminder => w.kind !== 'auto_close' && w.kind !== 'purge';

/**
 * What the scheduled job does on one case whose time has come: sends the reminders that are due
 * (each recorded on the case, so it is sent once), closes the case some days after its final
 * report, and purges its narrative text when the retention period is over. Null when nothing is due.
 */
export function attendToCase(file: CaseFile, ctx: CommandContext): CaseChange | null {
  const due = workDue(file.case, ctx.now);
  if (due.length === 0) return null;
  const scheduler = schedulerOf(file.case.fundId);
  let change = remind(file, due.filter(isReminder), scheduler, ctx);
  const then = (next: (f: CaseFile) => CaseChange) => {
    const result = next(change ? { ...file, case: change.case } : file);
    change = { ...result, case: { ...result.case, version: file.case.version + 1 }, events: [...(change?.events ?? []), ...result.events] };
  };
  if (due.some((w) => w.kind === 'auto_close')) then((f) => closed(f, scheduler, ctx, { automatic: true }));
  if (due.some((w) => w.kind === 'purge')) then((f) => purgeNarrative(f, scheduler, ctx));
  return change;
}

function remind(file: CaseFile, due: Reminder[], scheduler: Actor, ctx: CommandContext): CaseChange | null {
  if (due.length === 0) return null;
  const by = refOf(scheduler);
  const sent = Object.fromEntries(due.map((w) => [w.key, ctx.now]));
  return {
    case: { ...file.case, reminders: { ...file.case.reminders, ...sent }, version: file.case.version + 1, updatedAt: ctx.now },
    caseChanged: true,
    events: due.map((w) => ({ type: w.kind, at: ctx.now, by, ...(w.moment ? { moment: w.moment } : {}) })),
  };
}
