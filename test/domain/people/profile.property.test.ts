import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invitationSchema, profileProblem, userChangeProblem, userChangeSchema, withProfile, type Profile, type UserChange } from '../../../domain/people/user.schema.js';
import { reasonCodes, reasonParams } from '../../../domain/shared/reasons.js';

const orgPool = ['madi-zuid', 'ggd', 'buurtteam-noord', 'juridisch-loket'] as const;
const disciplinePool = ['debt_relief', 'housing', 'legal', 'social_work'] as const;

type TestFund = { organisations: { id: string; inactive: boolean }[]; settings: { disciplines: string[] } };

/** A fund with some of the pool's organisations (some retired) and some of its disciplines in use. */
const aFund = fc
  .record({
    organisations: fc.uniqueArray(fc.record({ id: fc.constantFrom(...orgPool), inactive: fc.boolean() }), { minLength: 1, selector: (o) => o.id }),
    disciplines: fc.uniqueArray(fc.constantFrom(...disciplinePool), { minLength: 1 }),
  })
  .map(({ organisations, disciplines }): TestFund => ({ organisations, settings: { disciplines } }));

const role = fc.constantFrom('counsellor' as const, 'panel_member' as const);

/** A profile the fund accepts for someone new: an organisation in use, a panel member with a discipline in use, a counsellor without. */
const validFor = (fund: TestFund) =>
  fc.record({
    role,
    organisationId: fc.constantFrom(...fund.organisations.filter((o) => !o.inactive).map((o) => o.id)),
    discipline: fc.constantFrom(...fund.settings.disciplines),
  }).map((p): Profile => (p.role === 'panel_member' ? p : { role: p.role, organisationId: p.organisationId }));

const withActiveOrg = aFund.filter((f) => f.organisations.some((o) => !o.inactive));

function expectWellReasoned(problem: ReturnType<typeof profileProblem>) {
  expect(problem).toBeDefined();
  expect(reasonCodes).toContain(problem!.reason);
  expect(Object.keys(problem!.params ?? {}).sort()).toEqual([...reasonParams[problem!.reason]].sort());
}

describe("a counsellor's or panel member's profile", () => {
  it('is accepted whenever role, organisation and discipline fit the fund', () => {
    fc.assert(fc.property(withActiveOrg.chain((fund) => fc.tuple(fc.constant(fund), validFor(fund))), ([fund, profile]) => {
      expect(profileProblem(profile, fund)).toBeUndefined();
    }));
  });

  it('is refused at the organisation when the fund has no such organisation, whatever else it says', () => {
    fc.assert(fc.property(aFund, role, fc.option(fc.constantFrom(...disciplinePool), { nil: undefined }), (fund, r, discipline) => {
      const problem = profileProblem({ role: r, organisationId: 'jongerenpunt', discipline }, fund);
      expectWellReasoned(problem);
      expect(problem).toMatchObject({ field: 'organisationId', reason: 'unknown_organisation' });
    }));
  });

  it('is refused at the organisation when the fund retired it, unless the user is in it already', () => {
    const retiredSome = aFund.filter((f) => f.organisations.some((o) => o.inactive));
    fc.assert(fc.property(retiredSome, role, (fund, r) => {
      const retired = fund.organisations.find((o) => o.inactive)!.id;
      const profile: UserChange = { role: r, organisationId: retired, ...(r === 'panel_member' ? { discipline: fund.settings.disciplines[0]! } : {}) };
      expect(profileProblem(profile, fund)).toMatchObject({ field: 'organisationId', reason: 'organisation_inactive' });
      expect(userChangeProblem({ role: 'counsellor', organisationId: retired }, profile, fund)).toBeUndefined();
    }));
  });

  it('is refused at the discipline when a panel member has none of the disciplines in use', () => {
    fc.assert(fc.property(withActiveOrg, fc.option(fc.constantFrom<string>(...disciplinePool, 'astrology'), { nil: undefined }), (fund, discipline) => {
      fc.pre(discipline === undefined || !fund.settings.disciplines.includes(discipline));
      const organisationId = fund.organisations.find((o) => !o.inactive)!.id;
      const problem = profileProblem({ role: 'panel_member', organisationId, discipline }, fund);
      expectWellReasoned(problem);
      expect(problem).toMatchObject({ field: 'discipline', reason: 'discipline_needed', params: { disciplines: fund.settings.disciplines.join(', ') } });
    }));
  });

  it('lets a panel member keep a discipline the fund retired since, while moving to another organisation', () => {
    const fund = { organisations: [{ id: 'ggd' }, { id: 'madi-zuid' }], settings: { disciplines: ['housing'] } };
    const now: Profile = { role: 'panel_member', organisationId: 'ggd', discipline: 'legal' };
    expect(userChangeProblem(now, { role: 'panel_member', organisationId: 'madi-zuid', discipline: 'legal' }, fund)).toBeUndefined();
    // A counsellor who becomes a panel member cannot take a retired discipline.
    expect(userChangeProblem({ role: 'counsellor', organisationId: 'ggd' }, { role: 'panel_member', organisationId: 'ggd', discipline: 'legal' }, fund))
      .toMatchObject({ field: 'discipline', reason: 'discipline_needed' });
  });

  it('is refused at the discipline when a counsellor has one', () => {
    fc.assert(fc.property(withActiveOrg, fc.constantFrom(...disciplinePool), (fund, discipline) => {
      const organisationId = fund.organisations.find((o) => !o.inactive)!.id;
      expect(profileProblem({ role: 'counsellor', organisationId, discipline }, fund)).toMatchObject({ field: 'discipline', reason: 'discipline_not_allowed' });
    }));
  });

  it('never makes a programme manager: the change and the invitation refuse that role at the role field', () => {
    const change = userChangeSchema.safeParse({ role: 'programme_manager', organisationId: 'ggd' });
    expect(change.success).toBe(false);
    expect(change.error!.issues.map((i) => i.path.join('.'))).toEqual(['role']);
    expect(invitationSchema.safeParse({ email: 'a@example.org', name: 'A', role: 'programme_manager', organisationId: 'ggd' }).success).toBe(false);
  });

  it('drops the discipline of a panel member who becomes a counsellor, and keeps who they are', () => {
    const user = { userId: 'kees', name: 'Kees', fundId: 'f', role: 'panel_member' as const, organisationId: 'ggd', discipline: 'housing', email: 'k@example.org', disabled: false };
    expect(withProfile(user, { role: 'counsellor', organisationId: 'madi-zuid' })).toEqual({
      userId: 'kees', name: 'Kees', fundId: 'f', role: 'counsellor', organisationId: 'madi-zuid', email: 'k@example.org', disabled: false,
    });
  });
});
