import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { Role } from '../../../domain/people/actor.schema';
import { useMe } from '../lib/api/get-me';
import { useAuth } from '../lib/auth/auth-context';
import { loadListTexts, loadScreenTexts } from '../lib/i18n/i18n';
import { LoadError, Loading } from '../lib/ui/states';
import { Shell } from './shell';

// Each role's screens are their own chunk: a counsellor never downloads the manager's forms. A
// signed-in screen also waits for its texts, which the sign-in page does not need (i18n.ts): a role's
// area, which comes with its first screen, for that screen's (the lists'); the other screens for all.
// (The areas' own screens use lib/ui/lazy-screen.ts; this copy keeps i18n.ts in the first download.)
const screen = <T extends ComponentType>(load: () => Promise<{ default: T }>, texts: () => Promise<void> = loadScreenTexts) =>
  lazy(() => Promise.all([load(), texts()]).then(([module]) => module));
const SignInPage = lazy(() => import('../features/sign-in/components/sign-in-page'));
const OidcCallback = lazy(() => import('../features/sign-in/components/oidc-callback'));
const CounsellorArea = screen(() => import('../features/counsellor/routes/counsellor-area'), loadListTexts);
const PanelArea = screen(() => import('../features/panel/routes/panel-area'), loadListTexts);
const ManagerArea = screen(() => import('../features/manager/routes/manager-area'), loadListTexts);
const LessonsPage = screen(() => import('../features/lessons/components/lessons-page'));
const NotificationsPage = screen(() => import('../features/notifications/components/notifications-page'));

export const homeOf: Record<Role, string> = {
  counsellor: '/counsellor',
  panel_member: '/panel',
  programme_manager: '/manager',
};

function SignedInRoutes() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Shell me={undefined}><Loading /></Shell>;
  if (me.isError) return <Shell me={undefined}><LoadError error={me.error} retry={() => void me.refetch()} /></Shell>;
  const role = me.data.actor.role;
  const area = { counsellor: <CounsellorArea />, panel_member: <PanelArea />, programme_manager: <ManagerArea /> }[role];
  return (
    <Shell me={me.data}>
      <Suspense fallback={<Loading label={t('state.loadingScreen')} />}>
        <Routes>
          <Route path={`${homeOf[role]}/*`} element={area} />
          <Route path="/lessons" element={<LessonsPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="*" element={<Navigate to={homeOf[role]} replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

export function AppRoutes() {
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  if (signedIn) return <SignedInRoutes />;
  return (
    <Shell me={undefined}>
      <Suspense fallback={<Loading label={t('state.loadingScreen')} />}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/auth/callback" element={<OidcCallback />} />
          <Route path="*" element={<Navigate to="/sign-in" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
