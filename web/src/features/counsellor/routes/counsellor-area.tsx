import { Route, Routes } from 'react-router';
import CounsellorCasePage from '../components/case-page';
import CaseListPage from '../components/case-list-page';
import RequestFormPage from '../components/request-form-page';

/** The counsellor's screens, under /counsellor: one chunk, loaded when a counsellor signs in. */
export default function CounsellorArea() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path="request/:caseId?" element={<RequestFormPage />} />
      <Route path="cases/:caseId" element={<CounsellorCasePage />} />
    </Routes>
  );
}
