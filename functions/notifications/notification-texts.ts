import { caseNumber } from '../../domain/case/case-number.js';
import type { categories } from '../../domain/case/request.schema.js';
import type { Notification, NotificationType } from '../../domain/notifications/notification.schema.js';
import type { Language } from '../../domain/people/notification-settings.schema.js';

/** What happened, and what the recipient does next: the same words as the inbox (web i18n `notifications.type` and `notificationTodo`). */
type Texts = Record<NotificationType, { what: string; todo: string }>;

const nl: Texts = {
  case_submitted: { what: 'Nieuwe aanvraag ingediend', todo: 'Screen de aanvraag: neem haar in behandeling, of leg uit waarom niet.' },
  case_to_vote_on: { what: 'Aanvraag om over te stemmen', todo: 'Lees de aanvraag en breng uw stem uit, of meld een belangenverstrengeling.' },
  question_for_you: { what: 'Vraag van het panel', todo: 'Beantwoord de vraag: het beraad wacht op uw antwoord.' },
  decision: { what: 'Besluit genomen', todo: 'Lees het besluit en de redenen, en bespreek het met uw cliënt.' },
  payment_recorded: { what: 'Betaling vastgelegd', todo: 'Laat uw cliënt weten dat er betaald is; daarna volgt de opvolging.' },
  follow_up_due: { what: 'Opvolging klaar om in te vullen', todo: 'Vul de opvolging in: wat is er sinds het besluit gebeurd?' },
  follow_up_overdue: { what: 'Opvolging te laat', todo: 'Vul de opvolging zo snel mogelijk in, of vraag de professional ernaar.' },
  voting_deadline_passed: { what: 'Stemtermijn verstreken', todo: 'Bekijk de stemmen en leg het besluit vast.' },
  voting_deadline_near: { what: 'Stemtermijn loopt bijna af', todo: 'U heeft nog niet gestemd: breng uw stem uit, of meld een belangenverstrengeling.' },
  question_unanswered: { what: 'Vraag nog niet beantwoord', todo: 'Het beraad staat stil tot de vraag beantwoord is: beantwoord haar, of vraag de professional ernaar.' },
  lesson_to_review: { what: 'Les om te beoordelen', todo: 'Lees de les, haal weg wat een cliënt herkenbaar maakt, en keur haar goed of af.' },
  case_handed_over: { what: 'Aanvraag overgedragen', todo: 'De aanvraag is nu van u: bekijk wat er nog moet gebeuren.' },
  case_closed: { what: 'Aanvraag afgesloten', todo: 'U hoeft niets meer te doen.' },
};

const en: Texts = {
  case_submitted: { what: 'New request submitted', todo: 'Screen the request: take it on, or explain why not.' },
  case_to_vote_on: { what: 'Request to vote on', todo: 'Read the request and cast your vote, or declare a conflict of interest.' },
  question_for_you: { what: 'Question from the panel', todo: 'Answer the question: the deliberation waits for your answer.' },
  decision: { what: 'Decision taken', todo: 'Read the decision and its reasons, and discuss it with your client.' },
  payment_recorded: { what: 'Payment recorded', todo: 'Let your client know it has been paid; the follow-up comes next.' },
  follow_up_due: { what: 'Follow-up ready to report', todo: 'Report the follow-up: what has happened since the decision?' },
  follow_up_overdue: { what: 'Follow-up overdue', todo: 'Report the follow-up as soon as you can, or ask the counsellor about it.' },
  voting_deadline_passed: { what: 'Voting deadline passed', todo: 'Look at the votes and record the decision.' },
  voting_deadline_near: { what: 'Voting deadline approaching', todo: 'You have not voted yet: cast your vote, or declare a conflict of interest.' },
  question_unanswered: { what: 'Question not answered yet', todo: 'The deliberation is on hold until the question is answered: answer it, or ask the counsellor about it.' },
  lesson_to_review: { what: 'Lesson to review', todo: 'Read the lesson, remove anything that could identify a client, and approve or decline it.' },
  case_handed_over: { what: 'Request handed over', todo: 'The request is yours now: see what still needs doing.' },
  case_closed: { what: 'Request closed', todo: 'There is nothing more for you to do.' },
};

const categoryNames: Record<Language, Record<(typeof categories)[number], string>> = {
  nl: {
    rent_arrears: 'Huurachterstand', energy_debt: 'Energieschuld', water_debt: 'Waterschuld', health_insurance_debt: 'Zorgverzekeringsschuld',
    deposit: 'Borg', moving_costs: 'Verhuiskosten', education: 'Opleiding of examen', fine: 'Boete', debt_settlement: 'Schuldregeling',
    household_goods: 'Inrichting of huishoudelijke spullen', other: 'Anders',
  },
  en: {
    rent_arrears: 'Rent arrears', energy_debt: 'Energy debt', water_debt: 'Water debt', health_insurance_debt: 'Health insurance debt',
    deposit: 'Deposit', moving_costs: 'Moving costs', education: 'Education or exam', fine: 'Fine', debt_settlement: 'Debt settlement',
    household_goods: 'Household goods', other: 'Other',
  },
};

const words = {
  nl: { request: 'Aanvraag', urgent: 'spoed', moment: 'meetmoment', next: 'Wat u nu doet', open: 'Open de aanvraag', noClient: 'Dit bericht bevat bewust geen gegevens over de cliënt.' },
  en: { request: 'Request', urgent: 'urgent', moment: 'follow-up moment', next: 'What to do next', open: 'Open the request', noClient: 'This message deliberately contains no details of the client.' },
} satisfies Record<Language, Record<string, string>>;

export const notificationTexts: Record<Language, Texts> = { nl, en };
export const mailCategoryNames = categoryNames;

/** How a message names its case: its short number, what it is about and whether it is urgent; never the client's reference. */
export function caseNameOf(note: Pick<Notification, 'caseId' | 'category' | 'urgent' | 'moment'>, language: Language): string | undefined {
  if (!note.caseId) return undefined;
  const w = words[language];
  const about = [note.category && categoryNames[language][note.category], note.urgent && w.urgent, note.moment && `${w.moment} ${note.moment}`].filter(Boolean);
  return `${w.request} ${caseNumber(note.caseId)}${about.length ? ` (${about.join(', ')})` : ''}`;
}

/** One notification as lines of a message: what happened on which case, what to do next, and where. */
export function linesOf(note: Notification, language: Language, link: string): string[] {
  const w = words[language];
  const { what, todo } = notificationTexts[language][note.type];
  const name = caseNameOf(note, language);
  return [name ? `${name}: ${what}.` : `${what}.`, `${w.next}: ${todo}`, `${w.open}: ${link}`];
}

/** The e-mail of one notification, in the recipient's language. */
export function mailOf(note: Notification, language: Language, link: string): { subject: string; text: string } {
  const { what } = notificationTexts[language][note.type];
  return {
    subject: `Doorbraak: ${what}${note.caseId ? ` — ${words[language].request.toLowerCase()} ${caseNumber(note.caseId)}` : ''}`,
    text: `${linesOf(note, language, link).join('\n')}\n\n${words[language].noClient}`,
  };
}

const digestWords = {
  nl: { subject: (n: number) => `Doorbraak: ${n === 1 ? '1 nieuwe melding' : `${n} nieuwe meldingen`} van vandaag`, intro: 'Uw meldingen sinds het vorige overzicht:', all: 'Alle meldingen' },
  en: { subject: (n: number) => `Doorbraak: ${n === 1 ? '1 new notification' : `${n} new notifications`} today`, intro: 'Your notifications since the last digest:', all: 'All notifications' },
};

/** The daily digest: every notification with its case, what to do and its link, then the inbox. */
export function digestOf(notes: Array<{ note: Notification; link: string }>, language: Language, inbox: string): { subject: string; text: string } {
  const d = digestWords[language];
  const blocks = notes.map(({ note, link }) => linesOf(note, language, link).map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)).join('\n'));
  return { subject: d.subject(notes.length), text: `${d.intro}\n\n${blocks.join('\n\n')}\n\n${d.all}: ${inbox}\n\n${words[language].noClient}` };
}
