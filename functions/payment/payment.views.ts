import * as z from 'zod';

export const budgetViewSchema = z
  .object({
    year: z.string(),
    annualBudgetCents: z.int(),
    grantedCents: z.int(),
    paidCents: z.int(),
    remainingCents: z.int(),
    afterGrantCents: z.int().optional(),
  })
  .meta({ id: 'Budget' });
