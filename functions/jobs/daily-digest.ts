import { digestContents, digestDue } from '../../domain/notifications/digest.js';
import { actorOfUser } from '../../domain/people/user.schema.js';
import { linkFor } from '../notifications/notification-mail.js';
import { recordDigestSent } from '../notifications/notification-settings.repository.js';
import { listInbox } from '../notifications/notification.repository.js';
import { digestOf } from '../notifications/notification-texts.js';
import { sendMail, settingsOf, type Mailer } from '../notifications/mailer.js';
import type { Store } from '../storage/store.js';

/**
 * Sends the fund's daily digests: to each active user who chose one, once a day, one e-mail with
 * their unread notifications since the last, in their language. A user with nothing new gets no
 * mail, but the day counts as done, so what comes later waits for tomorrow's. Returns how many went.
 */
export async function sendDigests(store: Store, mailer: Mailer, fundId: string, now: string): Promise<number> {
  const users = (await mailer.directory().listUsers(fundId)).filter((u) => !u.disabled && u.email);
  if (users.length === 0) return 0;
  const settings = await settingsOf(mailer, fundId, users.map((u) => u.userId));
  let sent = 0;
  for (const user of users) {
    const chosen = settings.get(user.userId);
    if (!chosen || !digestDue(chosen, now)) continue;
    const notes = digestContents(await listInbox(store, actorOfUser(user)), chosen, now);
    if (notes.length > 0) {
      const appUrl = mailer.appUrl();
      const mail = digestOf(notes.map((note) => ({ note, link: linkFor(note, user.role, appUrl) })), chosen.language, `${appUrl}/notifications`);
      // Sent before it is recorded: a run that fails between the two sends it again at the next run, and never loses it.
      await sendMail(mailer, user.email!, mail);
      sent += 1;
    }
    // Another run that recorded it meanwhile sent its own: the condition keeps the day's record to one.
    await recordDigestSent(store, fundId, user.userId, chosen.lastDigestAt, now);
  }
  return sent;
}
