import { describe, expect, it } from 'vitest';
import { comment, declareConflict } from '../../../domain/deliberation/vote.commands.js';
import { visibleDeliberation } from '../../../domain/deliberation/visibility.js';
import { ctxAt, fileIn, hoursAfter, people, settings, step, withVotes } from '../builders.js';

/** Kees and anouk voted and commented; lotte commented but has not voted yet. */
function deliberation() {
  let file = withVotes(fileIn('in_deliberation'), [[people.kees, 'grant'], [people.anouk, 'refuse']]);
  file = step(file, comment(file, people.kees, 'Sterk verhaal.', ctxAt(hoursAfter(20))));
  file = step(file, comment(file, people.lotte, 'Ik twijfel nog.', ctxAt(hoursAfter(21))));
  return file;
}

const file = deliberation();
const seenBy = (actor: Parameters<typeof visibleDeliberation>[0], f = file) => visibleDeliberation(actor, f, settings);

describe('blind voting', () => {
  it('shows a member who has not voted no one else’s vote, comment or tally: only their own comment', () => {
    const seen = seenBy(people.lotte);
    expect(seen).toMatchObject({ hasVoted: false, votes: [], tally: null });
    expect(seen.comments.map((c) => c.author.userId)).toEqual(['lotte']);
  });

  it('shows a member everything once they have cast their own vote', () => {
    const seen = seenBy(people.kees);
    expect(seen.hasVoted).toBe(true);
    expect(seen.votes.map((v) => v.member.userId).sort()).toEqual(['anouk', 'kees']);
    expect(seen.comments).toHaveLength(2);
    expect(seen.tally?.counts).toMatchObject({ grant: 1, refuse: 1 });
  });

  it('counts an abstention as having voted', () => {
    const abstained = withVotes(file, [[people.ruben, 'abstain']]);
    expect(seenBy(people.ruben, abstained).votes).toHaveLength(3);
  });

  it('shows the programme manager every vote, comment and the tally', () => {
    const seen = seenBy(people.marieke);
    expect(seen.votes).toHaveLength(2);
    expect(seen.comments).toHaveLength(2);
    expect(seen.tally?.countedVotes).toBe(2);
  });

  it('never shows the counsellor the votes, comments or tally, before or after the decision', () => {
    for (const f of [file, fileIn('decided')]) {
      expect(seenBy(people.sanne, f)).toEqual({ hasVoted: false, votes: [], comments: [], tally: null });
    }
  });

  it('shows a member of the counsellor’s own organisation nothing of the others', () => {
    expect(seenBy(people.mila)).toMatchObject({ hasVoted: false, votes: [], comments: [], tally: null });
  });

  it('blinds a member again once their vote is set aside for a conflict', () => {
    const recused = step(file, declareConflict(file, people.kees, 'Familie van de verhuurder.', ctxAt(hoursAfter(22))));
    const seen = seenBy(people.kees, recused);
    expect(seen).toMatchObject({ hasVoted: false, votes: [], tally: null });
    expect(seen.comments.map((c) => c.author.userId)).toEqual(['kees']);
  });
});
