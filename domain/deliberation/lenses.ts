import { criteria, type Criterion, type Vote } from './vote.schema.js';

export const lenses = ['humanity', 'rules'] as const;
export type Lens = (typeof lenses)[number];

const weight = { met: 2, doubtful: 1, not_met: 0 } as const;

export interface LensesApart {
  criterion: Criterion;
  /** The lens that leaned more towards granting on this criterion. */
  favoursGrant: Lens;
}

/**
 * The criteria on which the panel's humanity and rules views pulled apart: summed over the counted
 * votes, one lens judged the criterion more favourably than the other.
 */
export function lensesApart(votes: Vote[]): LensesApart[] {
  return criteria.flatMap((criterion) => {
    const score = (lens: Lens) => votes.reduce((sum, v) => sum + weight[v.criteria[criterion][lens].assessment], 0);
    const humanity = score('humanity');
    const rules = score('rules');
    if (humanity === rules) return [];
    return [{ criterion, favoursGrant: humanity > rules ? 'humanity' : 'rules' }];
  });
}
