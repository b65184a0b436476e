import { Button, PageFooter, Paragraph, SkipLink } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '../../../domain/people/actor.schema';
import type { Me } from '../lib/api/types';
import { useAuth } from '../lib/auth/auth-context';
import { setLanguage } from '../lib/i18n/i18n';

/** The links of each role's area. */
const navigation: Record<Role, { to: string; label: string }[]> = {
  counsellor: [
    { to: '/counsellor', label: 'nav.myCases' },
    { to: '/counsellor/request', label: 'nav.newRequest' },
    { to: '/lessons', label: 'nav.lessons' },
    { to: '/notifications', label: 'nav.notifications' },
  ],
  panel_member: [
    { to: '/panel', label: 'nav.queue' },
    { to: '/panel/votes', label: 'nav.myVotes' },
    { to: '/lessons', label: 'nav.lessons' },
    { to: '/notifications', label: 'nav.notifications' },
  ],
  programme_manager: [
    { to: '/manager', label: 'nav.inbox' },
    { to: '/manager/cases', label: 'nav.archive' },
    { to: '/manager/reports', label: 'nav.reports' },
    { to: '/manager/learning', label: 'nav.learning' },
    { to: '/manager/people', label: 'nav.people' },
    { to: '/manager/settings', label: 'nav.settings' },
    { to: '/lessons', label: 'nav.lessons' },
    { to: '/notifications', label: 'nav.notifications' },
  ],
};

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <Button appearance="subtle-button" lang={other} onClick={() => void setLanguage(other)}>
      {t('app.otherLanguage')}
    </Button>
  );
}

/** Header with the fund, the user and the role's navigation; the page's main content; a footer. */
export function Shell({ me, children }: { me: Me | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  const { signedIn, signOut } = useAuth();
  return (
    <div className="utrecht-document utrecht-page">
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="utrecht-page-header">
        <div className="doorbraak-header">
          <p className="doorbraak-brand">
            {t('app.name')}
            {me && <small>{me.fund.name}</small>}
          </p>
          <div className="doorbraak-header-tools">
            {me && (
              <span>
                {me.actor.name} · {t(`role.${me.actor.role}`)}
              </span>
            )}
            <LanguageSwitch />
            {signedIn && (
              <Button appearance="secondary-action-button" onClick={signOut}>
                {t('app.signOut')}
              </Button>
            )}
          </div>
        </div>
        {me && (
          <nav aria-label={t('nav.label')} className="doorbraak-nav">
            <ul>
              {navigation[me.actor.role].map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end className="utrecht-link utrecht-link--html-a">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="doorbraak-main">
        {children}
      </main>
      <PageFooter>
        <div className="doorbraak-footer">
          <Paragraph>{t('app.footer')}</Paragraph>
        </div>
      </PageFooter>
    </div>
  );
}
