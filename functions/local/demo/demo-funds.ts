import type { Fund } from '../../../domain/fund/fund.schema.js';
import type { User } from '../../../domain/people/user.schema.js';

export const AMSTERDAM = 'amsterdam-demo';
export const JONGEREN = 'jongeren-demo';

const disciplines = ['debt_relief', 'income_benefits', 'social_work', 'housing', 'health_care', 'legal'];

export const demoFunds: Fund[] = [
  {
    id: AMSTERDAM,
    name: 'Doorbraakfonds Amsterdam (demo)',
    settings: {
      quorum: { minVotes: 3, minDisciplines: 3 },
      disciplines,
      votingWindowHours: { normal: 168, urgent: 48 },
      annualBudgetCents: 250_000_00,
      maxPerRequestCents: 5_000_00,
      perClientCap: { amountCents: 5_000_00, periodMonths: 24 },
      followUpMonths: [3, 12],
      retentionMonths: 24,
    },
    organisations: [
      { id: 'madi-zuid', name: 'Madi Zuid (demo)' },
      { id: 'schuldhulp-west', name: 'Schuldhulpverlening West (demo)' },
      { id: 'buurtteam-noord', name: 'Buurtteam Noord (demo)' },
      { id: 'gemeente-wpi', name: 'Gemeente, Werk Participatie en Inkomen (demo)' },
      { id: 'woonstichting', name: 'Woonstichting Amstel (demo)' },
      { id: 'ggd', name: 'GGD (demo)' },
      { id: 'juridisch-loket', name: 'Juridisch Loket (demo)' },
    ],
  },
  {
    id: JONGEREN,
    name: 'Jongerenfonds (demo)',
    settings: {
      quorum: { minVotes: 2, minDisciplines: 2 },
      disciplines: ['debt_relief', 'social_work', 'education'],
      votingWindowHours: { normal: 120, urgent: 24 },
      annualBudgetCents: 40_000_00,
      maxPerRequestCents: 1_500_00,
      perClientCap: { amountCents: 1_500_00, periodMonths: 12 },
      followUpMonths: [3, 12],
      retentionMonths: 24,
    },
    organisations: [
      { id: 'jongerenpunt', name: 'Jongerenpunt (demo)' },
      { id: 'gemeente-jeugd', name: 'Gemeente, Jeugd (demo)' },
    ],
  },
];

const user = (fundId: string, userId: string, name: string, role: User['role'], organisationId: string, discipline?: string): User => ({
  userId,
  name,
  fundId,
  role,
  organisationId,
  ...(discipline ? { discipline } : {}),
  disabled: false,
});

export const demoUsers: User[] = [
  user(AMSTERDAM, 'marieke', 'Marieke Hoekstra', 'programme_manager', 'gemeente-wpi'),
  user(AMSTERDAM, 'sanne', 'Sanne de Vries', 'counsellor', 'madi-zuid'),
  user(AMSTERDAM, 'youssef', 'Youssef El Amrani', 'counsellor', 'schuldhulp-west'),
  user(AMSTERDAM, 'eva', 'Eva Jansen', 'counsellor', 'buurtteam-noord'),
  user(AMSTERDAM, 'pieter', 'Pieter Bakker', 'panel_member', 'schuldhulp-west', 'debt_relief'),
  user(AMSTERDAM, 'fatima', 'Fatima Ouali', 'panel_member', 'gemeente-wpi', 'income_benefits'),
  user(AMSTERDAM, 'lotte', 'Lotte Visser', 'panel_member', 'buurtteam-noord', 'social_work'),
  user(AMSTERDAM, 'kees', 'Kees Mulder', 'panel_member', 'woonstichting', 'housing'),
  user(AMSTERDAM, 'anouk', 'Anouk Smit', 'panel_member', 'ggd', 'health_care'),
  user(AMSTERDAM, 'ruben', 'Ruben Kramer', 'panel_member', 'juridisch-loket', 'legal'),
  user(JONGEREN, 'daan', 'Daan Vermeulen', 'programme_manager', 'gemeente-jeugd'),
  user(JONGEREN, 'noor', 'Noor Bos', 'counsellor', 'jongerenpunt'),
  user(JONGEREN, 'iris', 'Iris de Graaf', 'panel_member', 'gemeente-jeugd', 'social_work'),
  user(JONGEREN, 'thijs', 'Thijs Peters', 'panel_member', 'gemeente-jeugd', 'debt_relief'),
];

export const demoUser = (userId: string): User => {
  const found = demoUsers.find((u) => u.userId === userId);
  if (!found) throw new Error(`No demo user ${userId}`);
  return found;
};
