import { describe, expect, it } from 'vitest';
import { categories } from '../../../domain/case/request.schema';
import { notificationTypes, type Notification } from '../../../domain/notifications/notification.schema';
import { languages } from '../../../domain/people/notification-settings.schema';
import { digestOf, mailCategoryNames, mailOf, notificationTexts } from '../../../functions/notifications/notification-texts';
import { en } from '../../../web/src/lib/i18n/en';
import { nl } from '../../../web/src/lib/i18n/nl';

const catalogues = { nl, en };
const CLIENT_REF = 'MADI-2026-0042';
const noteOf = (type: Notification['type']): Notification => ({
  id: `20261123T120000000Z-h-${type}`, fundId: 'amsterdam-demo', type, caseId: '7f3a9c21-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
  category: 'energy_debt', urgent: true, ...(type.startsWith('follow_up') ? { moment: 2 } : {}),
  at: '2026-11-23T12:00:00.000Z', recipient: { kind: 'user', userId: 'sanne' },
});
const link = 'https://doorbraak.test/counsellor/cases/7f3a9c21-4b5d-4e6f-8a9b-0c1d2e3f4a5b';

// Every kind from the definition: a new kind without texts fails here.
describe.each(languages)('every kind of notification, in %s', (language) => {
  const catalogue = catalogues[language];

  it.each(notificationTypes)('%s: the inbox and the e-mail say what happened and what to do next, in the same words', (type) => {
    const { what, todo } = notificationTexts[language][type];
    expect(what.trim()).not.toBe('');
    expect(todo.trim()).not.toBe('');
    expect(catalogue.notifications.type[type as keyof typeof catalogue.notifications.type]).toBe(what);
    expect(catalogue.inbox.todo[type as keyof typeof catalogue.inbox.todo]).toBe(todo);
  });

  it.each(notificationTypes)('%s: the e-mail names the case by number and subject, links to it, and holds no client reference', (type) => {
    const mail = mailOf(noteOf(type), language, link);
    const request = language === 'nl' ? 'Aanvraag 7F3A9C21' : 'Request 7F3A9C21';
    expect(mail.subject).toContain(notificationTexts[language][type].what);
    expect(mail.subject.toLowerCase()).toContain(request.toLowerCase());
    expect(mail.text).toContain(`${request} (${mailCategoryNames[language].energy_debt}, ${language === 'nl' ? 'spoed' : 'urgent'}`);
    expect(mail.text).toContain(notificationTexts[language][type].todo);
    expect(mail.text).toContain(link);
    expect(`${mail.subject}\n${mail.text}`).not.toContain(CLIENT_REF);
  });

  it('names each category as the app does', () => {
    for (const c of categories) expect(mailCategoryNames[language][c]).toBe(catalogue.category[c]);
  });

  it('gathers several notifications in one digest, each with its case, next step and link', () => {
    const notes = (['case_to_vote_on', 'voting_deadline_near', 'decision'] as const).map((t) => ({ note: noteOf(t), link }));
    const digest = digestOf(notes, language, 'https://doorbraak.test/notifications');
    expect(digest.subject).toContain('3');
    for (const { note } of notes) expect(digest.text).toContain(notificationTexts[language][note.type].todo);
    expect(digest.text.split(link)).toHaveLength(4);
  });
});
