import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../lib/api/types';
import { CaseSearchForm, SearchedCases, useCaseSearch } from '../../../lib/case/case-search';
import { AppButtonLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { listOrganisationCases, organisationCasesKey } from '../api/list-organisation-cases';

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
  const { search, fields, setFields } = useCaseSearch();
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
      <CaseSearchForm key={JSON.stringify(fields)} initial={fields} onSearch={setFields} />
      <SearchedCases
        queryKey={[...organisationCasesKey, search]}
        fetchPage={(cursor) => listOrganisationCases(search, cursor)}
        caption={t('counsellor.casesCaption')}
        empty={Object.keys(search).length > 0 ? t('archive.none') : t('counsellor.noCases')}
        hrefOf={(c) => (c.state === 'draft' ? `/counsellor/request/${c.id}` : `/counsellor/cases/${c.id}`)}
        nextStep={(c) => t(nextStepKey[c.state])}
      />
    </>
  );
}
