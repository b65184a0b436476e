import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../lib/api/types';
import { CaseTable } from '../../../lib/case/case-table';
import { AppButtonLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { useOrganisationCases } from '../api/list-organisation-cases';

/** What the counsellor does next on a case in this state. */
const nextStepKey: Record<CaseSummary['state'], string> = {
  draft: 'next.counsellor.draft',
  submitted: 'next.counsellor.submitted',
  screened: 'next.counsellor.screened',
  screened_out: 'next.counsellor.screened_out',
  in_deliberation: 'next.counsellor.in_deliberation',
  awaiting_answer: 'next.counsellor.awaiting_answer',
  decided: 'next.counsellor.decided',
  paid: 'next.counsellor.paid',
  follow_up: 'next.counsellor.follow_up',
  closed: 'next.counsellor.closed',
  withdrawn: 'next.counsellor.withdrawn',
};

export default function CaseListPage() {
  const { t } = useTranslation();
  const cases = useOrganisationCases();
  usePageTitle(t('counsellor.casesTitle'));
  return (
    <>
      <Heading1>{t('counsellor.casesTitle')}</Heading1>
      <Paragraph>{t('counsellor.casesIntro')}</Paragraph>
      <Paragraph>
        <AppButtonLink to="/counsellor/request" primary>
          {t('nav.newRequest')}
        </AppButtonLink>
      </Paragraph>
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <LoadError error={cases.error} retry={() => void cases.refetch()} />
      ) : cases.data.items.length === 0 ? (
        <Empty>{t('counsellor.noCases')}</Empty>
      ) : (
        <CaseTable
          caption={t('counsellor.casesCaption')}
          cases={cases.data.items}
          hrefOf={(c) => (c.state === 'draft' ? `/counsellor/request/${c.id}` : `/counsellor/cases/${c.id}`)}
          nextStep={(c) => t(nextStepKey[c.state])}
        />
      )}
    </>
  );
}
