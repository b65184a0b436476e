import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../domain/people/actor.schema';
import { useMe } from '../../../lib/api/get-me';
import { useFormat } from '../../../lib/format';
import { AppLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { useNotifications } from '../api/list-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';

const caseBase: Record<Role, string> = { counsellor: '/counsellor/cases', panel_member: '/panel/cases', programme_manager: '/manager/cases' };

/** What happened on my cases: each with a link to the case; never the case's own text. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  usePageTitle(t('notifications.title'));
  const base = me.data ? caseBase[me.data.actor.role] : '';
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
        notifications.data.items.map((n) => (
          <article key={n.id} className="doorbraak-card">
            <Paragraph>
              <strong>{t(`notifications.type.${n.type}`, { defaultValue: n.type.replace(/_/g, ' ') })}</strong>{' '}
              <span className="doorbraak-muted">{format.dateTime(n.at)}</span> {n.readAt ? '' : `· ${t('notifications.unread')}`}
            </Paragraph>
            <Paragraph>
              {n.caseId && <AppLink to={`${base}/${n.caseId}`}>{t('notifications.openCase')}</AppLink>}{' '}
              {!n.readAt && (
                <Button appearance="subtle-button" onClick={() => markRead.mutate(n.id)}>
                  {t('notifications.markRead')}
                </Button>
              )}
            </Paragraph>
          </article>
        ))
      )}
    </>
  );
}
