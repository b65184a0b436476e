import { describe, expect, it } from 'vitest';
import { notificationsFor, reaches } from '../../../domain/notifications/notify.js';
import { fileIn, people } from '../builders.js';

const kase = fileIn('awaiting_answer').case;
const at = '2026-11-21T10:00:00.000Z';
const by = (p: { userId: string; name: string; role: 'counsellor' | 'panel_member' | 'programme_manager' }) => ({ userId: p.userId, name: p.name, role: p.role });

describe('who hears of what', () => {
  it('asks the panel to vote, except members of the counsellor’s organisation', () => {
    expect(notificationsFor(kase, { type: 'deliberation_opened', at, by: by(people.marieke) })).toEqual([
      { type: 'case_to_vote_on', recipient: { kind: 'role', role: 'panel_member', exceptOrganisationId: 'madi-zuid' } },
    ]);
  });

  it('tells the counsellor and the managers of an overdue report, with the moment', () => {
    const system = { userId: 'scheduler', name: 'Planner', role: 'programme_manager' as const };
    expect(notificationsFor(kase, { type: 'follow_up_overdue', at, by: system, moment: 2 })).toEqual([
      { type: 'follow_up_overdue', recipient: { kind: 'user', userId: 'sanne' }, moment: 2 },
      { type: 'follow_up_overdue', recipient: { kind: 'role', role: 'programme_manager' }, moment: 2 },
    ]);
  });

  it('tells no one about what they did themselves, and nothing about a vote', () => {
    expect(notificationsFor(kase, { type: 'case_closed', at, by: by(people.sanne) })).toEqual([]);
    expect(notificationsFor(kase, { type: 'vote_cast', at, by: by(people.kees) })).toEqual([]);
  });
});

describe('whom a notification reaches', () => {
  const panel = { kind: 'role', role: 'panel_member', exceptOrganisationId: kase.organisationId } as const;

  it('reaches the panel members who may deliberate on the case, not those of the counsellor’s organisation', () => {
    expect(reaches(panel, people.kees)).toBe(true);
    expect(reaches(panel, people.mila)).toBe(false);
    expect(reaches(panel, people.marieke)).toBe(false);
  });

  it('reaches a person by their id, and a role without exception all of it', () => {
    expect(reaches({ kind: 'user', userId: 'sanne' }, people.sanne)).toBe(true);
    expect(reaches({ kind: 'user', userId: 'sanne' }, people.sem)).toBe(false);
    expect(reaches({ kind: 'role', role: 'programme_manager' }, people.marieke)).toBe(true);
  });
});
