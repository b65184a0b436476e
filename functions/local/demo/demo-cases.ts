import type { DecisionInput, ScreeningInput } from '../../../domain/case/case.schema.js';
import type { Request } from '../../../domain/case/request.schema.js';
import type { Position, VoteInput } from '../../../domain/deliberation/vote.schema.js';
import type { FollowUpReport } from '../../../domain/follow-up/follow-up.schema.js';
import type { PaymentInput } from '../../../domain/payment/payment.schema.js';

/** One step of a demo case's story, acted by a demo user through the same domain commands the API uses. */
export type DemoStep =
  | { do: 'submit'; by: string }
  | { do: 'screen'; by: string; input: ScreeningInput }
  | { do: 'open'; by: string }
  | { do: 'vote'; by: string; input: VoteInput }
  | { do: 'conflict'; by: string; reason: string }
  | { do: 'ask'; by: string; text: string }
  | { do: 'answer'; by: string; text: string }
  | { do: 'comment'; by: string; text: string }
  | { do: 'decide'; by: string; input: DecisionInput }
  | { do: 'withdraw'; by: string; reason: string }
  /** Paid on the day of the step. */
  | { do: 'pay'; by: string; input: Omit<PaymentInput, 'paidOn'> }
  | { do: 'report'; by: string; moment: number; report: FollowUpReport }
  | { do: 'close'; by: string; reason?: string }
  /** Time passes: the next step happens this many days later. */
  | { do: 'wait'; days: number };

export interface DemoCase {
  fundId: string;
  counsellor: string;
  /** When the story starts, in days before the seed runs; each step follows some hours later. */
  startedDaysAgo: number;
  /** The request without consent (given on the day the story starts) and without an urgent hard date. */
  request: Omit<Request, 'consent'>;
  /** For an urgent request: the hard date, in days after the seed runs, so the demo never goes stale. */
  hardDateInDays?: number;
  steps: DemoStep[];
}

const met = { assessment: 'met' } as const;
const doubtful = (note: string) => ({ assessment: 'doubtful', note }) as const;
const notMet = (note: string) => ({ assessment: 'not_met', note }) as const;

/** A vote where humanity and rules agree that every criterion is met. */
const vote = (position: Position, rationale: string): VoteInput => ({
  position,
  rationale,
  criteria: {
    breakthrough: { humanity: met, rules: met },
    noAlternative: { humanity: met, rules: met },
    stability: { humanity: met, rules: met },
  },
});

/** A vote where the rules lens doubts that no regular route is left, while humanity sees it met. */
const torn = (position: Position, rationale: string): VoteInput => ({
  ...vote(position, rationale),
  criteria: {
    breakthrough: { humanity: met, rules: met },
    noAlternative: { humanity: met, rules: doubtful('Bijzondere bijstand is niet formeel aangevraagd.') },
    stability: { humanity: met, rules: met },
  },
});

const refuseVote = (rationale: string): VoteInput => ({
  ...vote('refuse', rationale),
  criteria: {
    breakthrough: { humanity: doubtful('Onzeker of de schuld daarna stopt.'), rules: notMet('Nieuwe achterstand waarschijnlijk.') },
    noAlternative: { humanity: met, rules: met },
    stability: { humanity: notMet('Inkomen blijft lager dan de vaste lasten.'), rules: notMet('Geen sluitende begroting.') },
  },
});

const household = (
  adults: number,
  children: number,
  housing: Request['household']['housing'],
  incomeEuro: number,
  debtEuro: number,
  creditorCount: number,
  situation: string,
): Request['household'] => ({
  adults,
  children,
  housing,
  monthlyIncomeCents: incomeEuro * 100,
  totalDebtCents: debtEuro * 100,
  creditorCount,
  situation,
});

const notUrgent = { urgent: false } as const;
const urgent = (reason: string) => ({ urgent: true, reason });

const rentArrears: DemoCase['request'] = {
  clientRef: 'MZ-2026-0412',
  household: household(1, 2, 'social_rent', 1_650, 7_800, 6, 'Alleenstaande moeder met twee kinderen (8 en 11). Werkt 24 uur per week in de thuiszorg; de huur is door ziekte drie maanden niet betaald.'),
  breakthrough: 'Met het aflossen van de huurachterstand trekt de woningcorporatie de ontruimingsprocedure in en kan de schuldregeling starten.',
  noAlternative: {
    routesTried: ['special_assistance', 'payment_plan'],
    explanation: 'Bijzondere bijstand afgewezen wegens inkomen net boven de grens; de corporatie weigert een nieuwe regeling na een eerdere mislukte.',
  },
  stability: 'Budgetbeheer loopt sinds twee maanden; de huur wordt nu automatisch betaald en het inkomen dekt de vaste lasten.',
  urgency: notUrgent,
  amountCents: 2_350_00,
  category: 'rent_arrears',
  payee: { kind: 'landlord', name: 'Woonstichting Amstel', reference: 'Huurcontract 33-118-B' },
  expectedEffect: 'Geen ontruiming; de schuldregeling kan binnen een maand starten.',
  costOfDoingNothing: { estimateCents: 18_000_00, explanation: 'Ontruiming, maatschappelijke opvang voor drie personen en nieuwe schulden door verhuizing.' },
};

const energyDebt: DemoCase['request'] = {
  clientRef: 'SW-7731',
  household: household(2, 0, 'private_rent', 2_100, 12_400, 9, 'Echtpaar van in de zestig; hij is na een beroerte arbeidsongeschikt. De energieleverancier heeft afsluiting aangekondigd.'),
  breakthrough: 'Met de energieschuld afgelost blijft de aansluiting open en past de rest van de schulden in een minnelijk traject.',
  noAlternative: {
    routesTried: ['payment_plan', 'charity_fund'],
    explanation: 'De leverancier weigert een regeling zolang de achterstand boven de 1.000 euro is; het noodfonds van de kerk heeft al eens geholpen.',
  },
  stability: 'De WIA-uitkering is toegekend; de maandlasten zijn opnieuw berekend en sluiten.',
  urgency: urgent('Afsluiting aangekondigd over elf dagen.'),
  amountCents: 1_480_00,
  category: 'energy_debt',
  payee: { kind: 'supplier', name: 'Energieleverancier (demo)', reference: 'Klantnummer 55102233' },
  expectedEffect: 'Geen afsluiting in de winter; het minnelijk traject kan starten.',
  costOfDoingNothing: { estimateCents: 4_500_00, explanation: 'Afsluit- en heraansluitkosten, gezondheidsrisico in de winter, mogelijke opname.' },
};

const deposit: DemoCase['request'] = {
  clientRef: 'BN-22-091',
  household: household(1, 0, 'sheltered', 1_280, 3_100, 3, 'Jonge man van 23, na anderhalf jaar in de opvang; er is een kamer gevonden maar de borg ontbreekt.'),
  breakthrough: 'Met de borg betaald kan hij de kamer betrekken en uitstromen uit de opvang.',
  noAlternative: {
    routesTried: ['special_assistance', 'own_network'],
    explanation: 'Bijzondere bijstand voor borg is een lening die zijn schuldhulptraject blokkeert; zijn netwerk kan het niet.',
  },
  stability: 'Hij heeft een vaste baan van 32 uur en begeleiding van het buurtteam.',
  urgency: notUrgent,
  amountCents: 900_00,
  category: 'deposit',
  payee: { kind: 'landlord', name: 'Particuliere verhuurder (demo)', reference: 'Kamer Tolstraat' },
  expectedEffect: 'Uitstroom uit de opvang, eigen adres, schuldhulp kan verder.',
  costOfDoingNothing: { estimateCents: 9_000_00, explanation: 'Nog zes maanden opvang en een baan die op de tocht komt te staan.' },
};

const healthInsurance: DemoCase['request'] = {
  clientRef: 'MZ-2026-0518',
  household: household(1, 1, 'social_rent', 1_450, 5_200, 5, 'Vader met een dochter van 15; zorgpremie maanden niet betaald, wanbetalersregeling dreigt.'),
  breakthrough: 'Met de achterstand betaald blijft hij uit de wanbetalersregeling en houdt hij een betaalbare premie.',
  noAlternative: {
    routesTried: ['payment_plan', 'remission'],
    explanation: 'De verzekeraar wil geen regeling meer; kwijtschelding is voor deze schuld niet mogelijk.',
  },
  stability: 'Premie en huur lopen nu via budgetbeheer.',
  urgency: notUrgent,
  amountCents: 1_120_00,
  category: 'health_insurance_debt',
  payee: { kind: 'creditor', name: 'Zorgverzekeraar (demo)', reference: 'Polis 88-1120' },
  expectedEffect: 'Premie blijft betaalbaar; schuldregeling kan starten.',
  costOfDoingNothing: { estimateCents: 2_800_00, explanation: 'Bestuursrechtelijke premie van ruim 150 euro per maand en incassokosten.' },
};

const fine: DemoCase['request'] = {
  clientRef: 'SW-7802',
  household: household(1, 0, 'lodging', 980, 14_600, 14, 'Man van 41 die bij een vriend inwoont; opgestapelde verkeersboetes met verhogingen.'),
  breakthrough: 'Het afkopen van de boetes zou gijzeling voorkomen.',
  noAlternative: { routesTried: ['payment_plan'], explanation: 'Het CJIB biedt een regeling aan die nog niet is geprobeerd.' },
  stability: 'Er is nog geen vast inkomen; de uitkering is aangevraagd.',
  urgency: notUrgent,
  amountCents: 2_900_00,
  category: 'fine',
  payee: { kind: 'institution', name: 'CJIB', reference: 'Beschikkingen 2024-2026' },
  expectedEffect: 'Geen gijzeling.',
  costOfDoingNothing: { estimateCents: 3_000_00, explanation: 'Gijzeling en verlies van de slaapplek.' },
};

const movingCosts: DemoCase['request'] = {
  clientRef: 'BN-22-114',
  household: household(1, 3, 'social_rent', 1_900, 6_300, 4, 'Moeder met drie kinderen; urgentie voor een grotere woning gekregen, geen geld voor de verhuizing.'),
  breakthrough: 'De verhuizing maakt een einde aan overbewoning en de huur van de nieuwe woning is lager met huurtoeslag.',
  noAlternative: {
    routesTried: ['special_assistance', 'charity_fund'],
    explanation: 'Bijzondere bijstand vergoedt alleen de inrichting; het noodfonds heeft een wachtlijst tot maart.',
  },
  stability: 'De nieuwe woonlasten zijn 140 euro per maand lager; het budgetplan sluit.',
  urgency: notUrgent,
  amountCents: 1_250_00,
  category: 'moving_costs',
  payee: { kind: 'supplier', name: 'Verhuisbedrijf (demo)', reference: 'Offerte 2026-311' },
  expectedEffect: 'Gezin verhuist binnen de termijn van de urgentie.',
  costOfDoingNothing: { estimateCents: 6_000_00, explanation: 'Urgentie vervalt; overbewoning en jeugdhulp blijven nodig.' },
};

const education: DemoCase['request'] = {
  clientRef: 'SW-7855',
  household: household(1, 0, 'private_rent', 1_150, 2_200, 2, 'Vrouw van 29 die een mbo-opleiding tot verpleegkundige volgt; het lesgeld staat open en de school dreigt met uitschrijving.'),
  breakthrough: 'Met het lesgeld betaald rondt zij haar opleiding af en krijgt zij de toegezegde baan.',
  noAlternative: {
    routesTried: ['special_assistance', 'payment_plan'],
    explanation: 'Lesgeld valt buiten de bijzondere bijstand; de school biedt geen regeling meer aan.',
  },
  stability: 'Baangarantie na diplomering; inkomen stijgt dan naar 2.600 euro.',
  urgency: notUrgent,
  amountCents: 1_399_00,
  category: 'education',
  payee: { kind: 'institution', name: 'ROC (demo)', reference: 'Studentnummer 4471-2026' },
  expectedEffect: 'Diploma in juni, daarna een vaste baan.',
  costOfDoingNothing: { estimateCents: 20_000_00, explanation: 'Jaren in de bijstand in plaats van een baan.' },
};

const waterDebt: DemoCase['request'] = {
  clientRef: 'MZ-2026-0601',
  household: household(2, 2, 'social_rent', 2_300, 4_100, 5, 'Gezin met twee jonge kinderen; waterbedrijf kondigt afsluiting aan na een jaar achterstand.'),
  breakthrough: 'Met de waterschuld betaald vervalt de afsluiting en kan de schuldregeling starten.',
  noAlternative: { routesTried: ['payment_plan', 'remission'], explanation: 'Kwijtschelding is afgewezen; de regeling met het waterbedrijf is twee keer mislukt.' },
  stability: 'Beide ouders werken inmiddels; begroting sluit met 60 euro ruimte.',
  urgency: urgent('Afsluiting aangekondigd binnen drie weken.'),
  amountCents: 640_00,
  category: 'water_debt',
  payee: { kind: 'supplier', name: 'Waterbedrijf (demo)', reference: 'Aansluiting 3022-77' },
  expectedEffect: 'Geen afsluiting; kinderen houden stromend water.',
  costOfDoingNothing: { estimateCents: 1_500_00, explanation: 'Afsluitkosten, melding bij Veilig Thuis-traject.' },
};

const householdGoods: DemoCase['request'] = {
  clientRef: 'BN-22-130',
  household: household(1, 0, 'social_rent', 1_240, 1_900, 2, 'Man van 55 na een scheiding in een lege woning; slaapt op de grond.'),
  breakthrough: 'Met een bed, koelkast en wasmachine kan hij het dagritme en zijn werk volhouden.',
  noAlternative: { routesTried: ['special_assistance', 'charity_fund'], explanation: 'Aanvraag inrichtingskosten loopt nog bij de gemeente.' },
  stability: 'Vaste baan, schulden klein en in beeld.',
  urgency: notUrgent,
  amountCents: 1_100_00,
  category: 'household_goods',
  payee: { kind: 'supplier', name: 'Kringloop (demo)', reference: 'Bestelling 8812' },
  expectedEffect: 'Een bewoonbare woning.',
  costOfDoingNothing: { estimateCents: 1_500_00, explanation: 'Uitval op het werk, terugval.' },
};

const pieter = 'pieter', fatima = 'fatima', lotte = 'lotte', kees = 'kees', anouk = 'anouk', ruben = 'ruben';
const marieke = 'marieke';


const grantVotes = (members: string[], rationale: string): DemoStep[] =>
  members.map((by) => ({ do: 'vote', by, input: vote('grant', rationale) }) as const);
const grant = (amountCents: number, reasoning: string): DemoStep => ({ do: 'decide', by: marieke, input: { outcome: 'granted', amountCents, reasoning } });
const payInFull = (amountCents: number, kind: PaymentInput['payee']['kind'], reference: string): DemoStep => ({
  do: 'pay', by: marieke, input: { amountCents, payee: { kind, reference } },
});

const movedHouse: FollowUpReport = {
  breakthrough: 'yes',
  domains: { housing: 'better', debts: 'better', income: 'same', work: 'same', wellbeing: 'better' },
  notes: {
    housing: 'Het gezin woont sinds een maand in de grotere woning; de kinderen hebben elk een eigen kamer.',
    debts: 'De schuldregeling is gestart; er komen geen nieuwe achterstanden bij.',
  },
  unexpected: 'De oude verhuurder betaalde de borg sneller terug dan verwacht; dat gaf lucht in de eerste maand.',
  lesson: 'Een verhuizing betalen werkt het best als de nieuwe huur al met huurtoeslag is doorgerekend vóór de aanvraag.',
};

const goodsFirstReport: FollowUpReport = {
  breakthrough: 'partly',
  domains: { housing: 'better', debts: 'same', income: 'same', work: 'better', wellbeing: 'better' },
  notes: { work: 'Hij heeft geen dag meer verzuimd sinds hij een bed en een wasmachine heeft.' },
  unexpected: 'De gemeente keurde de inrichtingskosten alsnog goed; het fonds had dus eerder kunnen voorschieten.',
  lesson: 'Vraag bij een lopende aanvraag bij de gemeente of het fonds kan voorschieten en laat de gemeente terugbetalen.',
};

const insuranceReports: FollowUpReport[] = [
  {
    breakthrough: 'yes',
    domains: { housing: 'same', debts: 'better', income: 'same', work: 'same', wellbeing: 'better' },
    notes: { debts: 'Uit de wanbetalersregeling; de premie is weer de gewone premie.' },
    lesson: 'Bij een zorgschuld loont het om vóór de melding aan het CAK te betalen: daarna is het veel duurder.',
  },
  {
    breakthrough: 'yes',
    domains: { housing: 'same', debts: 'better', income: 'better', work: 'better', wellbeing: 'better' },
    notes: { income: 'Hij werkt weer 32 uur; de dochter zit op het mbo.' },
    unexpected: 'De schuldregeling kon na negen maanden al worden afgerond.',
    lesson: 'Een kleine gift op het juiste moment voorkomt een lange en dure wanbetalersregeling.',
  },
];

const refusedReport: FollowUpReport = {
  breakthrough: 'no',
  domains: { housing: 'worse', debts: 'worse', income: 'same', work: 'same', wellbeing: 'worse' },
  notes: { housing: 'Hij slaapt nu afwisselend bij vrienden; de vaste slaapplek is weg.' },
  unexpected: 'Het CJIB trof alsnog een regeling, maar pas nadat hij de slaapplek kwijt was.',
  lesson: 'Bij een afwijzing moet de vervolgroute concreet en met een datum worden afgesproken, anders gebeurt er niets.',
};

const screenIn: DemoStep = { do: 'screen', by: marieke, input: { outcome: 'in' } };
const open: DemoStep = { do: 'open', by: marieke };

/** The demo fund's cases: at least one in every state of the lifecycle, told in Dutch. */
export const demoCases: DemoCase[] = [
  // draft
  { fundId: 'amsterdam-demo', counsellor: 'sanne', startedDaysAgo: 1, request: { ...rentArrears, clientRef: 'MZ-2026-0702' }, steps: [] },
  // submitted, urgent
  { fundId: 'amsterdam-demo', counsellor: 'youssef', startedDaysAgo: 1, request: energyDebt, hardDateInDays: 11, steps: [{ do: 'submit', by: 'youssef' }] },
  // submitted
  { fundId: 'amsterdam-demo', counsellor: 'eva', startedDaysAgo: 2, request: householdGoods, steps: [{ do: 'submit', by: 'eva' }] },
  // screened, waiting to be opened
  { fundId: 'amsterdam-demo', counsellor: 'eva', startedDaysAgo: 3, request: movingCosts, steps: [{ do: 'submit', by: 'eva' }, screenIn] },
  // screened out
  {
    fundId: 'amsterdam-demo', counsellor: 'youssef', startedDaysAgo: 20, request: fine,
    steps: [
      { do: 'submit', by: 'youssef' },
      { do: 'screen', by: marieke, input: { outcome: 'out', reason: 'De regeling van het CJIB is nog niet geprobeerd; dien opnieuw in als die mislukt.' } },
    ],
  },
  // in deliberation, urgent, two votes so far
  {
    fundId: 'amsterdam-demo', counsellor: 'sanne', startedDaysAgo: 1, request: waterDebt, hardDateInDays: 17,
    steps: [
      { do: 'submit', by: 'sanne' }, screenIn, open,
      { do: 'vote', by: pieter, input: vote('grant', 'Kleine investering, grote stap: de regeling kan daarna starten.') },
      { do: 'vote', by: kees, input: vote('grant', 'De woning blijft bewoonbaar voor de kinderen; corporatie werkt mee.') },
      { do: 'comment', by: pieter, text: 'Kunnen we de betaling direct aan het waterbedrijf doen, vóór de afsluitdatum?' },
    ],
  },
  // in deliberation, one vote, a question answered
  {
    fundId: 'amsterdam-demo', counsellor: 'youssef', startedDaysAgo: 4, request: education,
    steps: [
      { do: 'submit', by: 'youssef' }, screenIn, open,
      { do: 'ask', by: lotte, text: 'Is de baangarantie schriftelijk vastgelegd?' },
      { do: 'answer', by: 'youssef', text: 'Ja, de zorginstelling heeft een intentieverklaring gestuurd; die ligt in ons dossier.' },
      { do: 'vote', by: lotte, input: torn('grant', 'De opleiding is de uitweg; de regel over lesgeld staat dit niet in de weg.') },
    ],
  },
  // awaiting an answer
  {
    fundId: 'amsterdam-demo', counsellor: 'sanne', startedDaysAgo: 5, request: healthInsurance,
    steps: [
      { do: 'submit', by: 'sanne' }, screenIn, open,
      { do: 'vote', by: ruben, input: vote('grant_with_conditions', 'Toekennen als budgetbeheer minstens een jaar doorloopt.') },
      { do: 'ask', by: anouk, text: 'Loopt het budgetbeheer al, of is het alleen aangevraagd?' },
    ],
  },
  // decided: granted, with a rule set aside and dissent
  {
    fundId: 'amsterdam-demo', counsellor: 'sanne', startedDaysAgo: 40, request: rentArrears,
    steps: [
      { do: 'submit', by: 'sanne' }, screenIn, open,
      { do: 'vote', by: pieter, input: torn('grant', 'Zonder deze betaling volgt ontruiming; de bijstandsgrens wordt hier te streng toegepast.') },
      { do: 'vote', by: kees, input: vote('grant', 'De corporatie trekt de procedure in na betaling; dat is bevestigd.') },
      { do: 'vote', by: anouk, input: torn('grant', 'De kinderen houden hun school en huis; dat weegt zwaarder.') },
      { do: 'vote', by: fatima, input: torn('refuse', 'Bijzondere bijstand had formeel moeten worden aangevraagd en afgewezen.') },
      {
        do: 'decide', by: marieke,
        input: {
          outcome: 'granted', amountCents: 2_350_00,
          reasoning: 'Drie van de vier stemmen voor toekenning: de betaling voorkomt ontruiming en maakt de schuldregeling mogelijk.',
          dissent: 'Eén lid vond dat eerst formeel bijzondere bijstand moest worden aangevraagd.',
          ruleSetAside: { rule: 'Eerst een formele afwijzing van bijzondere bijstand', why: 'Het inkomen ligt 12 euro boven de grens; de uitkomst staat vast en wachten kost de woning.' },
        },
      },
    ],
  },
  // decided: refused
  {
    fundId: 'amsterdam-demo', counsellor: 'eva', startedDaysAgo: 30, request: { ...deposit, clientRef: 'BN-21-877', amountCents: 1_600_00, stability: 'Nog geen vast inkomen; de uitkering is pas aangevraagd.' },
    steps: [
      { do: 'submit', by: 'eva' }, screenIn, open,
      { do: 'vote', by: pieter, input: refuseVote('Zonder inkomen ontstaat binnen enkele maanden een nieuwe achterstand.') },
      { do: 'vote', by: fatima, input: refuseVote('Eerst de uitkering rond; dan opnieuw indienen.') },
      { do: 'vote', by: kees, input: vote('grant', 'De kamer is nu beschikbaar, later niet meer.') },
      {
        do: 'decide', by: marieke,
        input: {
          outcome: 'refused',
          reasoning: 'De stabiliteit ontbreekt nog: zonder vast inkomen is een nieuwe achterstand waarschijnlijk. Opnieuw indienen zodra de uitkering loopt.',
          dissent: 'Eén lid wilde toekennen omdat de kamer later niet meer beschikbaar is.',
        },
      },
    ],
  },
  // decided: granted with conditions, one member declared a conflict
  {
    fundId: 'amsterdam-demo', counsellor: 'eva', startedDaysAgo: 14, request: deposit,
    steps: [
      { do: 'submit', by: 'eva' }, screenIn, open,
      { do: 'conflict', by: kees, reason: 'Ik ken de cliënt uit mijn vorige baan.' },
      { do: 'vote', by: pieter, input: vote('grant_with_conditions', 'Toekennen als de begeleiding een half jaar doorloopt.') },
      { do: 'vote', by: fatima, input: vote('grant', 'Uitstroom uit de opvang is precies waar dit fonds voor is.') },
      { do: 'vote', by: anouk, input: vote('grant_with_conditions', 'Met begeleiding, anders is de kans op terugval groot.') },
      {
        do: 'decide', by: marieke,
        input: {
          outcome: 'granted_with_conditions', amountCents: 900_00,
          agreements: 'Begeleiding door het buurtteam loopt minstens zes maanden door.',
          reasoning: 'Unaniem voor toekenning; twee leden vragen begeleiding als voorwaarde.',
        },
      },
    ],
  },
  // paid in part: the rest follows when the supplier sends the final bill
  {
    fundId: 'amsterdam-demo', counsellor: 'youssef', startedDaysAgo: 12, request: { ...energyDebt, clientRef: 'SW-7690', urgency: notUrgent },
    steps: [
      { do: 'submit', by: 'youssef' }, screenIn, open,
      ...grantVotes([kees, anouk, ruben], 'De afsluiting wordt voorkomen en het minnelijk traject kan starten.'),
      grant(1_480_00, 'Unaniem: kleine investering, afsluiting voorkomen.'),
      { do: 'pay', by: marieke, input: { amountCents: 800_00, payee: { kind: 'supplier', reference: 'Klantnummer 55102233' } } },
    ],
  },
  // in follow-up: paid four months ago, the first report is overdue
  {
    fundId: 'amsterdam-demo', counsellor: 'sanne', startedDaysAgo: 125, request: { ...movingCosts, clientRef: 'MZ-2026-0288' },
    steps: [
      { do: 'submit', by: 'sanne' }, screenIn, open,
      ...grantVotes([pieter, kees, anouk], 'De verhuizing maakt een einde aan de overbewoning.'),
      grant(1_250_00, 'Unaniem voor: lagere woonlasten en een einde aan de overbewoning.'),
      payInFull(1_250_00, 'supplier', 'Offerte 2026-311'),
    ],
  },
  // in follow-up: the first moment reported, the second still to come
  {
    fundId: 'amsterdam-demo', counsellor: 'eva', startedDaysAgo: 200, request: { ...householdGoods, clientRef: 'BN-21-640' },
    steps: [
      { do: 'submit', by: 'eva' }, screenIn, open,
      ...grantVotes([pieter, kees, fatima], 'Een bewoonbare woning houdt zijn werk overeind.'),
      grant(1_100_00, 'Unaniem voor: zonder inrichting dreigt uitval op het werk.'),
      payInFull(1_100_00, 'supplier', 'Bestelling 8812'),
      { do: 'wait', days: 92 },
      { do: 'report', by: 'eva', moment: 1, report: goodsFirstReport },
    ],
  },
  // refused, and followed up all the same: the first report tells what the refusal led to
  {
    fundId: 'amsterdam-demo', counsellor: 'sanne', startedDaysAgo: 150, request: { ...fine, clientRef: 'MZ-2025-0917' },
    steps: [
      { do: 'submit', by: 'sanne' }, screenIn, open,
      { do: 'vote', by: pieter, input: refuseVote('Eerst de regeling van het CJIB proberen.') },
      { do: 'vote', by: kees, input: refuseVote('Zonder inkomen komen er nieuwe boetes bij.') },
      { do: 'vote', by: fatima, input: refuseVote('De uitkering moet eerst lopen.') },
      {
        do: 'decide', by: marieke,
        input: { outcome: 'refused', reasoning: 'Unaniem afgewezen: de regeling van het CJIB is nog niet geprobeerd en er is geen vast inkomen.' },
      },
      { do: 'wait', days: 92 },
      { do: 'report', by: 'sanne', moment: 1, report: refusedReport },
    ],
  },
  // closed: paid, both moments reported, closed by the programme manager
  {
    fundId: 'amsterdam-demo', counsellor: 'youssef', startedDaysAgo: 420, request: { ...healthInsurance, clientRef: 'SW-6120' },
    steps: [
      { do: 'submit', by: 'youssef' }, screenIn, open,
      ...grantVotes([kees, anouk, ruben], 'Voorkomt de wanbetalersregeling; budgetbeheer loopt al.'),
      grant(1_120_00, 'Unaniem voor: de premie blijft betaalbaar en de schuldregeling kan starten.'),
      payInFull(1_120_00, 'creditor', 'Polis 88-1120'),
      { do: 'wait', days: 92 },
      { do: 'report', by: 'youssef', moment: 1, report: insuranceReports[0]! },
      { do: 'wait', days: 275 },
      { do: 'report', by: 'youssef', moment: 2, report: insuranceReports[1]! },
      { do: 'wait', days: 3 },
      { do: 'close', by: marieke },
    ],
  },
  // closed with the first moment reported
  {
    fundId: 'amsterdam-demo', counsellor: 'sanne', startedDaysAgo: 130, request: { ...movingCosts, clientRef: 'MZ-2026-0301', amountCents: 980_00 },
    steps: [
      { do: 'submit', by: 'sanne' }, screenIn, open,
      ...grantVotes([pieter, kees, anouk], 'Verhuizing binnen de urgentietermijn.'),
      grant(980_00, 'Unaniem voor.'),
      payInFull(980_00, 'supplier', 'Offerte 2026-207'),
      { do: 'wait', days: 92 },
      { do: 'report', by: 'sanne', moment: 1, report: movedHouse },
      { do: 'wait', days: 5 },
      { do: 'close', by: marieke, reason: 'Het gezin is naar een andere gemeente verhuisd; de tweede meting is niet mogelijk.' },
    ],
  },
  // withdrawn
  {
    fundId: 'amsterdam-demo', counsellor: 'sanne', startedDaysAgo: 10, request: { ...healthInsurance, clientRef: 'MZ-2026-0533' },
    steps: [
      { do: 'submit', by: 'sanne' },
      { do: 'withdraw', by: 'sanne', reason: 'De verzekeraar heeft alsnog een betalingsregeling aangeboden.' },
    ],
  },
  // the youth fund: one case, to show that nothing crosses funds
  {
    fundId: 'jongeren-demo', counsellor: 'noor', startedDaysAgo: 2, request: { ...education, clientRef: 'JP-0042', amountCents: 750_00 },
    steps: [{ do: 'submit', by: 'noor' }],
  },
];
