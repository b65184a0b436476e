import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../lib/api/get-me';
import { CaseSearchForm, SearchedCases, useCaseSearch } from '../../../lib/case/case-search';
import { usePageTitle } from '../../../lib/ui/page-title';
import { fundCasesKey, listFundCases } from '../api/list-fund-cases';

/** Every case of the fund in every state, to look back: last month's refusal, a client's earlier requests. */
export default function ArchivePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { search, organisationId, fields, setFields } = useCaseSearch();
  const archiveSearch = { ...search, ...(organisationId ? { organisationId } : {}) };
  usePageTitle(t('archive.title'));
  return (
    <>
      <Heading1>{t('archive.title')}</Heading1>
      <Paragraph>{t('archive.intro')}</Paragraph>
      <CaseSearchForm key={JSON.stringify(fields)} initial={fields} onSearch={setFields} organisations={me.data?.fund.organisations ?? []} />
      <SearchedCases
        queryKey={[...fundCasesKey, archiveSearch]}
        fetchPage={(cursor) => listFundCases(archiveSearch, cursor)}
        caption={t('archive.caption')}
        empty={t('archive.none')}
        hrefOf={(c) => `/manager/cases/${c.id}`}
        nextStep={(c) => t(`state.${c.state}`)}
      />
    </>
  );
}
