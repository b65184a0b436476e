import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { caseNumber } from '../../../../../domain/case/case-number';
import type { Role } from '../../../../../domain/people/actor.schema';
import { useMe } from '../../../lib/api/get-me';
import type { ApiResponse } from '../../../lib/api/types';
import { errorText } from '../../../lib/form/issues';
import { useFormat } from '../../../lib/format';
import { useAnnounce } from '../../../lib/ui/announcer';
import { AppLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { useNotifications } from '../api/list-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { NotificationSettingsForm } from './notification-settings-form';

type Note = ApiResponse<'listNotifications'>['items'][number];

const caseBase: Record<Role, string> = { counsellor: '/counsellor/cases', panel_member: '/panel/cases', programme_manager: '/manager/cases' };

/**
 * What happened on my cases: each names its case by number and what it is about (never the case's
 * own text), says what to do next and links to the case. Below, how I also get them by e-mail.
 */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const me = useMe();
  const notifications = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  usePageTitle(t('notifications.title'));
  const base = me.data ? caseBase[me.data.actor.role] : '';
  const unread = notifications.data?.items.filter((n) => !n.readAt).length ?? 0;

  async function markAllRead() {
    try {
      await markAll.mutateAsync();
      announce(t('inbox.markedAllRead'));
    } catch (error) {
      announce(errorText(error, t, 'inbox.markAllFailed'));
    }
  }

  return (
    <>
      <Heading1>{t('notifications.title')}</Heading1>
      {notifications.isPending ? (
        <Loading />
      ) : notifications.isError ? (
        <LoadError error={notifications.error} retry={() => void notifications.refetch()} />
      ) : notifications.data.items.length === 0 ? (
        <Empty>{t('notifications.empty')}</Empty>
      ) : (
        <>
          <Paragraph>
            <span data-testid="unread-count">{unread > 0 ? t('inbox.unread', { count: unread }) : t('inbox.allRead')}</span>{' '}
            {unread > 0 && (
              <Button appearance="secondary-action-button" onClick={() => void markAllRead()} disabled={markAll.isPending}>
                {t('inbox.markAllRead')}
              </Button>
            )}
          </Paragraph>
          {markAll.isError && <Paragraph role="alert">{errorText(markAll.error, t, 'inbox.markAllFailed')}</Paragraph>}
          {notifications.data.items.map((n) => <NotificationCard key={n.id} note={n} caseHref={n.caseId && `${base}/${n.caseId}`} />)}
        </>
      )}
      <NotificationSettingsForm />
    </>
  );
}

function NotificationCard({ note, caseHref }: { note: Note; caseHref: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const markRead = useMarkNotificationRead();
  const about = [
    note.category && t(`category.${note.category}`),
    note.urgent && t('inbox.urgent'),
    note.moment && t('inbox.moment', { moment: note.moment }),
  ].filter(Boolean);
  return (
    <article className="doorbraak-card">
      <Paragraph>
        <strong>{t(`notifications.type.${note.type}`)}</strong>{' '}
        <span className="doorbraak-muted">{format.dateTime(note.at)}</span> {note.readAt ? '' : `· ${t('notifications.unread')}`}
      </Paragraph>
      {note.caseId && (
        <Paragraph>
          {t('inbox.caseName', { number: caseNumber(note.caseId) })}
          {about.length > 0 && <span className="doorbraak-muted"> · {about.join(' · ')}</span>}
        </Paragraph>
      )}
      <Paragraph>
        {t('inbox.todoLabel')} {t(`inbox.todo.${note.type}`)}
      </Paragraph>
      <Paragraph>
        {caseHref && <AppLink to={caseHref}>{t('notifications.openCase')}</AppLink>}{' '}
        {!note.readAt && (
          <Button appearance="subtle-button" onClick={() => markRead.mutate(note.id)}>
            {t('notifications.markRead')}
          </Button>
        )}
      </Paragraph>
    </article>
  );
}
