import { Route, Routes } from 'react-router';
import { lazyScreen } from '../../../lib/ui/lazy-screen';
import QueuePage from '../components/queue-page';

// The queue comes with the area, the panel member's first screen; the others when opened.
const PanelCasePage = lazyScreen(() => import('../components/case-page'));
const MyVotesPage = lazyScreen(() => import('../components/my-votes-page'));

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
