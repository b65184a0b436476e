import { Route, Routes } from 'react-router';
import { lazyScreen } from '../../../lib/ui/lazy-screen';
import CaseListPage from '../components/case-list-page';

// The case list comes with the area, the counsellor's first screen; the forms and the case come
// when opened (each screen its own chunk, with all the screens' texts, so the first screen after sign-in stays small).
const RequestFormPage = lazyScreen(() => import('../components/request-form-page'));
const CounsellorCasePage = lazyScreen(() => import('../components/case-page'));
const ClientLetterPage = lazyScreen(() => import('../components/client-letter'));

/** The counsellor's screens, under /counsellor, loaded when a counsellor signs in. */
export default function CounsellorArea() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path="request/:caseId?" element={<RequestFormPage />} />
      <Route path="cases/:caseId" element={<CounsellorCasePage />} />
      <Route path="cases/:caseId/letter" element={<ClientLetterPage />} />
    </Routes>
  );
}
