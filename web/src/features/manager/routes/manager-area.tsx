import { Route, Routes } from 'react-router';
import { lazyScreen } from '../../../lib/ui/lazy-screen';
import InboxPage from '../components/inbox-page';

// The inbox comes with the area, the manager's first screen; the others when opened.
const ArchivePage = lazyScreen(() => import('../components/archive-page'));
const ManagerCasePage = lazyScreen(() => import('../components/case-page'));
const FundSettingsPage = lazyScreen(() => import('../components/fund-settings-page'));
const ReportsPage = lazyScreen(() => import('../components/reports-page'));
const LearningPage = lazyScreen(() => import('../components/learning-page'));
const PeoplePage = lazyScreen(() => import('../components/people-page'));

/** The programme manager's screens, under /manager. */
export default function ManagerArea() {
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path="cases" element={<ArchivePage />} />
      <Route path="cases/:caseId" element={<ManagerCasePage />} />
      <Route path="settings" element={<FundSettingsPage />} />
      <Route path="reports" element={<ReportsPage />} />
      <Route path="learning" element={<LearningPage />} />
      <Route path="people" element={<PeoplePage />} />
    </Routes>
  );
}
