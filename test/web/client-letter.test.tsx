import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outcomes, type Outcome } from '../../domain/case/case.schema';
import { payeeKinds } from '../../domain/case/request.schema';
import CounsellorCasePage from '../../web/src/features/counsellor/components/case-page';
import ClientLetterPage, { ClientLetter } from '../../web/src/features/counsellor/components/client-letter';
import type { CaseView } from '../../web/src/lib/api/types';
import { demoFunds } from '../../functions/local/demo/demo-funds';
import { formatters } from '../../web/src/lib/format';
import { fakeApi, renderScreen } from './support/render';
import { aCaseView } from './support/views';

type Kase = CaseView['case'];
type Decided = Kase & { decision: NonNullable<Kase['decision']> };

const decidedAt = '2026-11-27T10:00:00.000Z';
const marieke = { userId: 'marieke', name: 'Marieke Jansen', role: 'programme_manager' as const };
const fund = {
  name: 'Doorbraakfonds Amsterdam',
  organisations: [{ id: 'madi-zuid', name: 'Madi Zuid' }],
  settings: { followUpMonths: [12, 3] },
};
const payee = { kind: 'landlord' as const, name: 'Woonstichting Amstel', reference: 'Huurcontract 33-118-B' };

/** A case as its counsellor reads it after the decision; the client reference and payee reference must never reach the letter. */
function decided(decision: Partial<Decided['decision']>, kase: Partial<Kase> = {}): Decided {
  const view = aCaseView({}, {
    state: 'decided',
    request: { clientRef: 'MZ-0001', amountCents: 2_350_00, category: 'rent_arrears', payee },
    decision: { outcome: 'granted', amountCents: 2_350_00, reasoning: 'De betaling voorkomt de ontruiming.', decidedAt, decidedBy: marieke, ...decision },
    ...kase,
  });
  return view.case as Decided;
}

const grant = decided({ dissent: 'Eén lid wilde eerst bijzondere bijstand.' });
const withConditions = decided(
  {
    outcome: 'granted_with_conditions',
    amountCents: 900_00,
    conditions: 'De huurachterstand is bevestigd door de verhuurder.',
    agreements: 'Begeleiding door het buurtteam loopt minstens zes maanden door.',
    reasoning: 'Unaniem voor toekenning; twee leden vragen begeleiding.',
  },
  { request: { clientRef: 'MZ-0001', amountCents: 1_600_00, category: 'deposit', payee: { kind: 'client', name: 'Cliënt zelf', reference: 'Rekening MZ' } } },
);
const refusal = decided(
  { outcome: 'refused', amountCents: undefined, reasoning: 'De stabiliteit ontbreekt nog. Opnieuw indienen zodra de uitkering loopt.' },
  {
    state: 'follow_up',
    followUp: { startedAt: decidedAt, moments: [{ monthsAfter: 3, dueAt: '2027-02-27T10:00:00.000Z' }, { monthsAfter: 12, dueAt: '2027-11-27T10:00:00.000Z' }] },
  },
);

const letterText = () => screen.getByRole('article').textContent ?? '';

afterEach(async () => {
  await i18next.changeLanguage('nl');
});

describe('the letter for the client, in Dutch', () => {
  // As testing-library reads text: the non-breaking space after the euro sign as a plain one.
  const nl = { money: (cents: number) => formatters('nl').money(cents).replace(/\s/g, ' ') };

  it('explains a grant: the amount, that the landlord is paid, the panel’s words, the follow-up months, asking again', () => {
    renderScreen(<ClientLetter kase={grant} fund={fund} today="2026-12-02" />);
    const letter = screen.getByRole('article', { name: 'Besluit over uw aanvraag bij Doorbraakfonds Amsterdam' });
    expect(within(letter).getByText('Datum: 2 december 2026')).toBeTruthy();
    expect(within(letter).getByText(`Het besluit: u krijgt een gift van ${nl.money(2_350_00)}. Een gift hoeft u niet terug te betalen.`)).toBeTruthy();
    expect(within(letter).getByText(/Op 27 november 2026 is besloten\./)).toBeTruthy();
    expect(within(letter).getByRole('heading', { name: 'Waarom is dit besloten?' })).toBeTruthy();
    expect(within(letter).getByText('De betaling voorkomt de ontruiming.').tagName).toBe('BLOCKQUOTE');
    expect(within(letter).getByText(`Het fonds betaalt ${nl.money(2_350_00)} rechtstreeks aan de verhuurder (Woonstichting Amstel). U krijgt het geld dus niet zelf.`)).toBeTruthy();
    expect(within(letter).getByText(/hoe het met u gaat: 3 en 12 maanden nadat het geld is betaald/)).toBeTruthy();
    expect(within(letter).getByText(/Vraag uw hulpverlener dan om het fonds opnieuw te laten kijken\. Dat kan als er nieuwe feiten zijn\./)).toBeTruthy();
    expect(within(letter).getByText('Heeft u vragen over deze brief? Stel ze aan Sanne de Vries.')).toBeTruthy();
    expect(within(letter).getByText(/Sanne de Vries, Madi Zuid/)).toBeTruthy();
    // The internal dissent is the panel's, not the client's letter.
    expect(letterText()).not.toContain('bijzondere bijstand');
  });

  it('leaves a blank line for the name and carries no client reference, no payee reference', () => {
    renderScreen(<ClientLetter kase={grant} fund={fund} today="2026-12-02" />);
    const line = screen.getByTestId('letter-name-line');
    expect(line.closest('p')?.textContent).toBe('Beste Lege regel: schrijf hier de naam van de cliënt.,');
    expect(letterText()).not.toContain('MZ-0001');
    expect(letterText()).not.toContain('Huurcontract');
  });

  it('explains a grant with conditions: what must happen first, what was agreed, payment to the client once met, less than asked', () => {
    renderScreen(<ClientLetter kase={withConditions} fund={fund} today="2026-12-02" />);
    expect(screen.getByText(/u krijgt een gift van € 900,00\. Daar horen afspraken bij\./)).toBeTruthy();
    expect(screen.getByText(`U vroeg om ${nl.money(1_600_00)}. U krijgt dus minder dan u vroeg.`)).toBeTruthy();
    const first = screen.getByRole('region', { name: 'Wat eerst moet gebeuren' });
    expect(within(first).getByText('De huurachterstand is bevestigd door de verhuurder.')).toBeTruthy();
    const agreed = screen.getByRole('region', { name: 'Wat is afgesproken' });
    expect(within(agreed).getByText('Begeleiding door het buurtteam loopt minstens zes maanden door.')).toBeTruthy();
    const next = screen.getByRole('region', { name: 'Wat gebeurt er nu?' });
    expect(within(next).getByText(`Het fonds betaalt ${nl.money(900_00)} aan u.`)).toBeTruthy();
    expect(within(next).getByText('Dat gebeurt als geregeld is wat hierboven staat.')).toBeTruthy();
    expect(letterText()).not.toContain('MZ-0001');
    expect(letterText()).not.toContain('Cliënt zelf');
  });

  it('explains a refusal: no grant, the panel’s reasons, no payment, the follow-up moments by month', () => {
    renderScreen(<ClientLetter kase={refusal} fund={fund} today="2026-12-02" />);
    expect(screen.getByText('Het besluit: u krijgt geen gift. Het panel heeft uw aanvraag afgewezen.')).toBeTruthy();
    expect(screen.getByText('De stabiliteit ontbreekt nog. Opnieuw indienen zodra de uitkering loopt.')).toBeTruthy();
    expect(screen.getByText(/Ook na een afwijzing vraagt uw hulpverlener later hoe het met u gaat: in februari 2027 en november 2027\./)).toBeTruthy();
    expect(letterText()).not.toMatch(/betaalt|betaald|€/);
    expect(screen.getByText(/opnieuw te laten kijken/)).toBeTruthy();
    expect(letterText()).not.toContain('MZ-0001');
  });

  it('says what was paid once the payment is recorded, and counts the follow-up from the case once it runs', () => {
    const paid = decided({}, {
      state: 'follow_up',
      payment: {
        paidCents: 2_300_00, firstPaidAt: '2026-12-01T10:00:00.000Z', completedAt: '2026-12-01T10:00:00.000Z',
        payments: [{ id: 'p1', amountCents: 2_300_00, paidOn: '2026-12-01', payee: { kind: 'landlord', reference: 'Huurcontract 33-118-B' }, recordedAt: '2026-12-01T10:00:00.000Z', recordedBy: marieke }],
      },
      followUp: { startedAt: '2026-12-01T10:00:00.000Z', moments: [{ monthsAfter: 3, dueAt: '2027-03-01T10:00:00.000Z' }, { monthsAfter: 12, dueAt: '2027-12-01T10:00:00.000Z' }] },
    });
    renderScreen(<ClientLetter kase={paid} fund={fund} today="2026-12-02" />);
    expect(screen.getByText(`Het fonds heeft ${nl.money(2_300_00)} betaald aan de verhuurder (Woonstichting Amstel).`)).toBeTruthy();
    expect(screen.getByText(/hoe het met u gaat: in maart 2027 en december 2027\./)).toBeTruthy();
    expect(letterText()).not.toContain('Huurcontract');
  });
  it('takes the smaller print type when the panel wrote at length, so the letter still fits one page', () => {
    const { unmount } = renderScreen(<ClientLetter kase={grant} fund={fund} today="2026-12-02" />);
    expect(screen.getByRole('article').className).toBe('doorbraak-letter');
    unmount();
    renderScreen(<ClientLetter kase={decided({ reasoning: 'Het panel woog de zaak. '.repeat(100) })} fund={fund} today="2026-12-02" />);
    expect(screen.getByRole('article').className).toBe('doorbraak-letter doorbraak-letter--long');
  });

  it('asks soon for a moment already due, and promises no more follow-up once the case is closed', () => {
    const due = { ...refusal, followUp: { startedAt: decidedAt, moments: [{ monthsAfter: 3, dueAt: '2026-11-30T10:00:00.000Z' }] } };
    const { unmount } = renderScreen(<ClientLetter kase={due} fund={fund} today="2026-12-02" />);
    expect(screen.getByText('Binnenkort vraagt uw hulpverlener hoe het met u gaat. Zo leert het fonds van elk besluit.')).toBeTruthy();
    unmount();
    renderScreen(<ClientLetter kase={{ ...refusal, state: 'closed' }} fund={fund} today="2026-12-02" />);
    expect(screen.getByText('Het fonds vraagt niet meer na hoe het met u gaat. Dat deel is klaar.')).toBeTruthy();
    expect(letterText()).not.toMatch(/2027/);
  });
});

describe('the letter for the client, in English when the screen is English', () => {
  const en = formatters('en');

  it('explains a grant', async () => {
    await i18next.changeLanguage('en');
    renderScreen(<ClientLetter kase={grant} fund={fund} today="2026-12-02" />);
    expect(screen.getByRole('article', { name: 'Decision on your request to Doorbraakfonds Amsterdam' })).toBeTruthy();
    expect(screen.getByText(`The decision: you get a grant of ${en.money(2_350_00)}. You do not have to pay a grant back.`)).toBeTruthy();
    expect(screen.getByText('De betaling voorkomt de ontruiming.').tagName).toBe('BLOCKQUOTE');
    expect(screen.getByText(`The fund pays ${en.money(2_350_00)} straight to the landlord (Woonstichting Amstel). So you do not get the money yourself.`)).toBeTruthy();
    expect(screen.getByText(/how you are doing: 3 and 12 months after the money is paid/)).toBeTruthy();
    expect(screen.getByText(/ask your counsellor to ask the fund to look again\. This is possible when there are new facts\./)).toBeTruthy();
    expect(screen.getByTestId('letter-name-line').closest('p')?.textContent).toBe("Dear Blank line: write the client's name here.,");
    expect(letterText()).not.toContain('MZ-0001');
  });

  it('explains a grant with conditions', async () => {
    await i18next.changeLanguage('en');
    renderScreen(<ClientLetter kase={withConditions} fund={fund} today="2026-12-02" />);
    expect(screen.getByText(/you get a grant of €900\.00\. It comes with agreements\./)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'What must happen first' })).getByText('De huurachterstand is bevestigd door de verhuurder.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'What was agreed' })).getByText(/Begeleiding door het buurtteam/)).toBeTruthy();
    expect(screen.getByText('The fund pays €900.00 to you.')).toBeTruthy();
    expect(screen.getByText('You asked for €1,600.00. So you get less than you asked for.')).toBeTruthy();
    expect(letterText()).not.toContain('MZ-0001');
  });

  it('explains a refusal', async () => {
    await i18next.changeLanguage('en');
    renderScreen(<ClientLetter kase={refusal} fund={fund} today="2026-12-02" />);
    expect(screen.getByText('The decision: you do not get a grant. The panel turned your request down.')).toBeTruthy();
    expect(screen.getByText(/Also after a refusal, your counsellor will ask later how you are doing: in February 2027 and November 2027\./)).toBeTruthy();
    expect(screen.getByText('Date: 2 December 2026')).toBeTruthy();
    expect(letterText()).not.toMatch(/pays|paid|€/);
    expect(letterText()).not.toContain('MZ-0001');
  });
});

describe('the letter page', () => {
  it('prints with the print button, and its title names the letter, not the client', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    fakeApi({
      'GET /api/cases/case-1': { ...aCaseView({ actions: [] }), case: grant },
      'GET /api/me': { actor: { userId: 'sanne', name: 'Sanne de Vries', role: 'counsellor', fundId: 'amsterdam-demo' }, fund: { id: 'amsterdam-demo', ...fund, settings: { followUpMonths: [3, 12] } } },
    });
    renderScreen(<ClientLetterPage />, { path: '/counsellor/cases/case-1/letter', pattern: '/counsellor/cases/:caseId/letter' });
    await user.click(await screen.findByRole('button', { name: 'Brief printen' }));
    expect(print).toHaveBeenCalledOnce();
    expect(document.title).toBe('Brief voor de cliënt – Doorbraakfonds');
    expect(document.body.textContent).not.toContain('MZ-0001');
    expect(screen.getByRole('link', { name: 'Terug naar de aanvraag' }).getAttribute('href')).toBe('/counsellor/cases/case-1');
  });

  it('makes no letter once the decision’s text is purged', async () => {
    const purged = { ...grant, retention: { purgeAfter: decidedAt, purgedAt: decidedAt } };
    fakeApi({
      'GET /api/cases/case-1': { ...aCaseView({ actions: [] }), case: purged },
      'GET /api/me': { actor: { userId: 'sanne', name: 'Sanne de Vries', role: 'counsellor', fundId: 'amsterdam-demo' }, fund: { id: 'amsterdam-demo', ...fund } },
    });
    renderScreen(<ClientLetterPage />, { path: '/counsellor/cases/case-1/letter', pattern: '/counsellor/cases/:caseId/letter' });
    expect(await screen.findByText(/Er kan geen brief meer van worden gemaakt/)).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Brief printen' })).toBeNull();
  });
});

describe('the way to the letter from the counsellor’s case page', () => {
  const me = { actor: { userId: 'sanne', name: 'Sanne de Vries', role: 'counsellor', fundId: 'amsterdam-demo' }, fund: demoFunds[0] };

  it.each([
    ['decided', grant],
    ['in follow-up after a refusal', refusal],
  ])('is offered once the case is %s', async (_, kase) => {
    fakeApi({ 'GET /api/cases/case-1': { ...aCaseView({ actions: [] }), case: kase }, 'GET /api/me': me });
    renderScreen(<CounsellorCasePage />, { path: '/counsellor/cases/case-1', pattern: '/counsellor/cases/:caseId' });
    const link = await screen.findByRole('link', { name: 'Brief voor de cliënt' });
    expect(link.getAttribute('href')).toBe('/counsellor/cases/case-1/letter');
  });

  it.each(['submitted', 'in_deliberation', 'awaiting_answer'] as const)('is not offered while the case is %s', async (state) => {
    fakeApi({ 'GET /api/cases/case-1': aCaseView({ actions: [] }, { state }), 'GET /api/me': me });
    renderScreen(<CounsellorCasePage />, { path: '/counsellor/cases/case-1', pattern: '/counsellor/cases/:caseId' });
    expect(await screen.findByRole('heading', { name: 'Aanvraag MZ-0001' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Brief voor de cliënt' })).toBeNull();
  });
});

describe('every letter, whatever the decision', () => {
  const texts = {
    nl: { outcome: { granted: 'u krijgt een gift van', granted_with_conditions: 'u krijgt een gift van', refused: 'u krijgt geen gift' }, why: 'Waarom is dit besloten?', next: 'Wat gebeurt er nu?', followUp: 'hoe het met u gaat', again: 'opnieuw te laten kijken', payee: { creditor: 'de schuldeiser', landlord: 'de verhuurder', supplier: 'de leverancier', institution: 'de instantie', client: 'aan u' } },
    en: { outcome: { granted: 'you get a grant of', granted_with_conditions: 'you get a grant of', refused: 'you do not get a grant' }, why: 'Why was this decided?', next: 'What happens now?', followUp: 'how you are doing', again: 'ask the fund to look again', payee: { creditor: 'the creditor', landlord: 'the landlord', supplier: 'the supplier', institution: 'the organisation', client: 'to you' } },
  } as const;

  it('names the outcome, the panel’s reasons, what happens next and the blank line, and never the client reference', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...outcomes),
        fc.constantFrom(...payeeKinds),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 100_000_00 }),
        fc.stringMatching(/^REF-[0-9]{2,8}$/),
        fc.constantFrom('nl' as const, 'en' as const),
        async (outcome: Outcome, kind, hasConditions, hasAgreements, followUpRuns, amountCents, clientRef, language) => {
          await i18next.changeLanguage(language);
          const kase = decided(
            {
              outcome,
              amountCents: outcome === 'refused' ? undefined : amountCents,
              reasoning: 'Het panel woog de zaak zorgvuldig.',
              ...(hasConditions && outcome !== 'refused' ? { conditions: 'Eerst de verklaring van de schuldeiser.' } : {}),
              ...(hasAgreements && outcome !== 'refused' ? { agreements: 'Budgetcoaching gedurende een jaar.' } : {}),
            },
            {
              request: { clientRef, amountCents, category: 'other', payee: { kind, name: 'Ontvanger BV', reference: `${clientRef}/kenmerk` } },
              ...(followUpRuns || outcome === 'refused'
                ? { state: 'follow_up' as const, followUp: { startedAt: decidedAt, moments: [{ monthsAfter: 3, dueAt: '2027-02-27T10:00:00.000Z' }] } }
                : {}),
            },
          );
          const view = renderScreen(<ClientLetter kase={kase} fund={fund} today="2026-12-02" />);
          const text = screen.getByRole('article').textContent ?? '';
          const words = texts[language];
          expect(text).toContain(words.outcome[outcome]);
          expect(screen.getByRole('heading', { name: words.why })).toBeTruthy();
          expect(screen.getByText('Het panel woog de zaak zorgvuldig.').tagName).toBe('BLOCKQUOTE');
          expect(screen.getByRole('heading', { name: words.next })).toBeTruthy();
          expect(text).toContain(words.followUp);
          expect(text).toContain(words.again);
          expect(screen.getByTestId('letter-name-line')).toBeTruthy();
          if (outcome === 'refused') {
            expect(text).not.toContain('€');
          } else {
            expect(text).toContain(formatters(language).money(amountCents));
            expect(text).toContain(words.payee[kind]);
          }
          expect(text.includes('Eerst de verklaring van de schuldeiser.')).toBe(hasConditions && outcome !== 'refused');
          expect(text.includes('Budgetcoaching gedurende een jaar.')).toBe(hasAgreements && outcome !== 'refused');
          expect(text).not.toContain(clientRef);
          view.unmount();
        },
      ),
      { numRuns: 60 },
    );
  });
});
