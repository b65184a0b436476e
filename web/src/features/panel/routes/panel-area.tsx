import { Route, Routes } from 'react-router';
import PanelCasePage from '../components/case-page';
import MyVotesPage from '../components/my-votes-page';
import QueuePage from '../components/queue-page';

/** The panel member's screens, under /panel. */
export default function PanelArea() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path="cases/:caseId" element={<PanelCasePage />} />
      <Route path="votes" element={<MyVotesPage />} />
    </Routes>
  );
}
