import { Route, Routes } from 'react-router';
import ManagerCasePage from '../components/case-page';
import FundSettingsPage from '../components/fund-settings-page';
import InboxPage from '../components/inbox-page';
import LearningPage from '../components/learning-page';

/** The programme manager's screens, under /manager. */
export default function ManagerArea() {
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path="cases/:caseId" element={<ManagerCasePage />} />
      <Route path="settings" element={<FundSettingsPage />} />
      <Route path="learning" element={<LearningPage />} />
    </Routes>
  );
}
