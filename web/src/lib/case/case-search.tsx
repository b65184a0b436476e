import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { use, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CaseSearch, caseSearchSchema } from '../../../../domain/case/case-search';
import { caseSearchFields, type CaseSearchField } from '../../../../domain/case/case-search-fields';
import { categories } from '../../../../domain/case/categories';
import { caseStates } from '../../../../domain/case/lifecycle';
import type { CasePage, CaseSummary } from '../api/types';
import { SelectField, TextField } from '../form/fields';
import { errorsOfIssues, type FieldErrors } from '../form/issues';
import { loadScreenTexts } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { MoreButton } from '../ui/more-button';
import { Empty, LoadError, Loading } from '../ui/states';
import { CaseTable } from './case-table';

/** The search's fields as the address bar keeps them, so "back" and a bookmark return to the same search. */
type SearchFields = Record<CaseSearchField | 'organisationId', string>;
const fieldNames: Array<keyof SearchFields> = [...caseSearchFields, 'organisationId'];

// The search's schema (and with it zod) is downloaded only when a search is made or in the address
// bar: the list without one, a counsellor's first screen, comes without it.
let schemaLoading: Promise<typeof caseSearchSchema> | undefined;
let schemaLoaded: typeof caseSearchSchema | undefined;
const loadSchema = () => (schemaLoading ??= import('../../../../domain/case/case-search').then((m) => (schemaLoaded = m.caseSearchSchema)));

/** The search in the address bar, as far as it is a valid one (a hand-edited address is not trusted). */
export function useCaseSearch(): { search: CaseSearch; organisationId?: string; fields: SearchFields; setFields: (f: SearchFields) => void } {
  const [params, setParams] = useSearchParams();
  const fields = Object.fromEntries(fieldNames.map((name) => [name, params.get(name) ?? ''])) as SearchFields;
  const { organisationId } = fields;
  const asked = withoutEmpty(searchOnly(fields));
  // `use` waits (Suspense) for the schema only if an address carries a search before one was made here.
  const parsed = Object.keys(asked).length === 0 ? undefined : (schemaLoaded ?? use(loadSchema())).safeParse(asked);
  const search = parsed?.success ? parsed.data : {};
  const setFields = (next: SearchFields) => setParams(withoutEmpty(next));
  return { search, ...(organisationId ? { organisationId } : {}), fields, setFields };
}

/** The fields the domain's search knows: the organisation is the manager's scope, not part of the search. */
const searchOnly = ({ organisationId: _organisation, ...search }: SearchFields): Omit<SearchFields, 'organisationId'> => search;

const withoutEmpty = (fields: Partial<SearchFields>): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v.trim() !== '')) as Record<string, string>;

/** Narrow the list: state, category, urgency, period of submission, client reference, and (for the manager) organisation. */
export function CaseSearchForm({ initial, onSearch, organisations }: {
  initial: SearchFields;
  onSearch: (fields: SearchFields) => void;
  /** The fund's organisations by name: the manager searches across them. */
  organisations?: ReadonlyArray<{ id: string; name: string }>;
}) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (name: keyof SearchFields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  const path = (name: string) => `search.${name}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    // A wrong search is told in the reasons' texts, which come with the other screens' (i18n.ts).
    const [schema] = await Promise.all([loadSchema(), loadScreenTexts()]);
    const parsed = schema.safeParse(withoutEmpty(searchOnly(fields)));
    if (!parsed.success) return setErrors(errorsOfIssues(parsed.error.issues, t, 'search'));
    setErrors({});
    onSearch(fields);
  }

  function clear() {
    const empty = Object.fromEntries(fieldNames.map((n) => [n, ''])) as SearchFields;
    setFields(empty);
    setErrors({});
    onSearch(empty);
  }

  return (
    <form role="search" aria-label={t('archive.searchLabel')} onSubmit={(event) => void submit(event)} noValidate className="doorbraak-form doorbraak-search">
      <Fieldset>
        <FieldsetLegend>{t('archive.searchLegend')}</FieldsetLegend>
        <div className="doorbraak-search-fields">
          <SelectField path={path('state')} label={t('case.state')} value={fields.state} onChange={set('state')} placeholder={t('archive.any')}
            options={caseStates.map((s) => ({ value: s, label: t(`state.${s}`) }))} error={errors[path('state')]} />
          <SelectField path={path('category')} label={t('archive.category')} value={fields.category} onChange={set('category')} placeholder={t('archive.any')}
            options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))} error={errors[path('category')]} />
          <SelectField path={path('urgency')} label={t('case.urgent')} value={fields.urgency} onChange={set('urgency')} placeholder={t('archive.any')}
            options={[{ value: 'urgent', label: t('archive.urgent') }, { value: 'not_urgent', label: t('archive.notUrgent') }]} error={errors[path('urgency')]} />
          {organisations && (
            <SelectField path={path('organisationId')} label={t('archive.organisation')} value={fields.organisationId} onChange={set('organisationId')}
              placeholder={t('archive.anyOrganisation')} options={organisations.map((o) => ({ value: o.id, label: o.name }))} />
          )}
          <TextField path={path('from')} type="date" label={t('archive.from')} value={fields.from} onChange={set('from')} error={errors[path('from')]} />
          <TextField path={path('to')} type="date" label={t('archive.to')} value={fields.to} onChange={set('to')} error={errors[path('to')]} />
          <TextField path={path('clientRef')} label={t('case.reference')} value={fields.clientRef} onChange={set('clientRef')} error={errors[path('clientRef')]} />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">{t('archive.search')}</Button>
          <Button type="button" appearance="secondary-action-button" onClick={clear}>{t('archive.clear')}</Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

/** The cases a search found, a page at a time: "show more" goes on where the last page ended. */
export function SearchedCases({ queryKey, fetchPage, caption, empty, hrefOf, nextStep }: {
  queryKey: QueryKey;
  fetchPage: (cursor: string | undefined) => Promise<CasePage>;
  caption: string;
  empty: ReactNode;
  hrefOf: (c: CaseSummary) => string;
  nextStep: (c: CaseSummary) => ReactNode;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const pages = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.cursor,
  });
  const cases = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const shown = cases.length;
  useEffect(() => {
    if (pages.isSuccess) announce(t('archive.shown', { count: shown }));
  }, [pages.isSuccess, shown, announce, t]);

  if (pages.isPending) return <Loading />;
  if (pages.isError) return <LoadError error={pages.error} retry={() => void pages.refetch()} />;
  return (
    <>
      {shown === 0 && !pages.hasNextPage ? <Empty>{empty}</Empty> : <CaseTable caption={caption} cases={cases} hrefOf={hrefOf} nextStep={nextStep} />}
      <MoreButton list={pages}>{shown === 0 ? t('archive.searchOn') : t('archive.more')}</MoreButton>
    </>
  );
}
