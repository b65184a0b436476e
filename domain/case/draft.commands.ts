import type { Actor } from '../people/actor.schema.js';
import { refOf } from '../people/actor.schema.js';
import { guard } from '../policies/case.policy.js';
import { forbidden, ok, type Result } from '../shared/result.js';
import { addMonths } from '../shared/time.js';
import { parseWith } from '../shared/validation.js';
import type { Case } from './case.schema.js';
import type { CaseChange, CaseFile, CommandContext } from './case-file.js';
import { draftRequestSchema, type DraftEdit, type DraftRequest } from './request.schema.js';
import { revised } from './transition.js';

/**
 * A draft that is never submitted holds narrative text like any request: it is deleted whole once
 * the fund's retention period has passed since its last change (see expiredDraft).
 */
const draftRetention = (ctx: CommandContext): Case['retention'] => ({ purgeAfter: addMonths(ctx.now, ctx.fund.settings.retentionMonths) });

/** A counsellor starts a request for a client of their organisation. */
export function createDraft(actor: Actor, request: DraftRequest, ctx: CommandContext): Result<CaseChange> {
  if (actor.role !== 'counsellor' || !actor.organisationId)
    return forbidden('not_counsellor', 'Only a counsellor of an organisation writes requests.');
  const kase: Case = {
    id: ctx.newId(),
    fundId: actor.fundId,
    organisationId: actor.organisationId,
    counsellor: refOf(actor),
    state: 'draft',
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    request,
    openQuestions: 0,
    retention: draftRetention(ctx),
  };
  return ok({ case: kase, caseChanged: true, events: [{ type: 'draft_created', at: ctx.now, by: refOf(actor), to: 'draft' }] });
}

/**
 * Saves what the counsellor typed. Named parts replace the stored ones field by field, so a form
 * can save one section at a time. Not a state change, so it adds no history entry.
 */
export function editDraft(file: CaseFile, actor: Actor, edit: DraftEdit, ctx: CommandContext): Result<CaseChange> {
  const allowed = guard('editDraft', file, actor);
  if (!allowed.ok) return allowed;
  const merged = parseWith(draftRequestSchema, mergeSections(file.case.request, edit), 'request');
  if (!merged.ok) return merged;
  return ok({
    case: revised(file.case, { request: merged.value, retention: draftRetention(ctx) }, ctx.now),
    caseChanged: true,
    events: [],
  });
}

function mergeSections(stored: DraftRequest, edit: DraftEdit): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(edit)) {
    const before = merged[key];
    const bothSections = isSection(before) && isSection(value);
    merged[key] = bothSections ? { ...before, ...value } : value;
  }
  return merged;
}

const isSection = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What deleting a draft removes: the draft as read, with everything recorded on it. */
export interface DraftDeletion {
  draft: CaseFile;
}

/** The counsellor deletes a draft they wrote. Nothing of it remains, so it records no history. */
export function deleteDraft(file: CaseFile, actor: Actor): Result<DraftDeletion> {
  const allowed = guard('deleteDraft', file, actor);
  if (!allowed.ok) return allowed;
  return ok({ draft: file });
}
