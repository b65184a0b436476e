/** What a request can be for. A module of its own, without zod, so a list screen can name them without the schemas. */
export const categories = [
  'rent_arrears',
  'energy_debt',
  'water_debt',
  'health_insurance_debt',
  'deposit',
  'moving_costs',
  'education',
  'fine',
  'debt_settlement',
  'household_goods',
  'other',
] as const;
