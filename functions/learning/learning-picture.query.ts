import type { LearningPicture, Period } from '../../domain/learning/learning-picture.schema.js';
import { learningPicture } from '../../domain/learning/learning-picture.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { fundOf } from '../case/case-command.js';
import { getFigures } from './figures.repository.js';
import type { Store } from '../storage/store.js';

/** The caller's own fund's learning picture: figures and settings, read side by side. */
export async function learningPictureFor(caller: { actor: Actor; store: Store }, period: Period): Promise<LearningPicture> {
  const [figures, fund] = await Promise.all([getFigures(caller.store, caller.actor.fundId, period), fundOf(caller)]);
  return learningPicture(figures, period, fund.settings);
}
