import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { DraftRequest } from '../../../../../domain/case/request.schema';
import { useCase } from '../../../lib/api/get-case';
import { useMe } from '../../../lib/api/get-me';
import { usePageTitle } from '../../../lib/ui/page-title';
import { LoadError, Loading } from '../../../lib/ui/states';
import { useAnnounce } from '../../../lib/ui/announcer';
import { useCreateCase } from '../api/create-case';
import { useEditDraft } from '../api/edit-draft';
import { useSubmitCase } from '../api/submit-case';
import { RequestForm } from './request-form';
import { emptyValues, fromDraft } from './request-values';

const today = () => new Date().toISOString().slice(0, 10);

function useRequestActions() {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { t } = useTranslation();
  const createCase = useCreateCase();
  const editDraft = useEditDraft();
  const submitCase = useSubmitCase();
  const save = async (caseId: string | undefined, draft: DraftRequest): Promise<string> => {
    if (caseId) return (await editDraft.mutateAsync({ caseId, body: draft })).case.id;
    const view = await createCase.mutateAsync(draft);
    // The address now names the draft, so a reload finds it; the form itself stays as it is.
    void navigate(`/counsellor/request/${view.case.id}`, { replace: true });
    return view.case.id;
  };
  const submit = async (caseId: string) => {
    await submitCase.mutateAsync(caseId);
    announce(t('requestForm.submitted'));
    // Replaced, so Back does not return to a form for a request that is no longer a draft.
    void navigate(`/counsellor/cases/${caseId}`, { replace: true });
  };
  return { save, submit };
}

function EditDraft({ caseId }: { caseId: string }) {
  const { i18n } = useTranslation();
  const kase = useCase(caseId);
  const me = useMe();
  const actions = useRequestActions();
  if (kase.isPending) return <Loading />;
  if (kase.isError) return <LoadError error={kase.error} retry={() => void kase.refetch()} />;
  // A submitted request never looks like a draft: its address leads to the case itself.
  if (kase.data.case.state !== 'draft') return <Navigate to={`/counsellor/cases/${caseId}`} replace />;
  return (
    <RequestForm
      initial={fromDraft(kase.data.case.request, i18n.language, today())}
      caseId={caseId}
      maxPerRequestCents={me.data?.fund.settings.maxPerRequestCents}
      {...actions}
    />
  );
}

/** A new request, or a draft to continue. */
export default function RequestFormPage() {
  const { t } = useTranslation();
  const params = useParams();
  // Fixed at mount: after the first save the address gains the id, but this form stays.
  const [initialId] = useState(params.caseId);
  const me = useMe();
  const actions = useRequestActions();
  usePageTitle(t('requestForm.title'));
  if (initialId) return <EditDraft caseId={initialId} />;
  return <RequestForm initial={emptyValues(today())} caseId={undefined} maxPerRequestCents={me.data?.fund.settings.maxPerRequestCents} {...actions} />;
}
