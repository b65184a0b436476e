import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldDescription, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { disciplineName } from '../../../../../domain/fund/fund.schema';
import { fundListsSchema, updateFundLists, type FundLists } from '../../../../../domain/fund/lists.commands';
import { ApiError } from '../../../lib/api/api-client';
import type { Me } from '../../../lib/api/types';
import { ErrorSummary, focusField } from '../../../lib/form/error-summary';
import { CheckboxField, fieldId, TextField } from '../../../lib/form/fields';
import { errorsOfIssues, errorsOfProblems, errorText, type FieldErrors } from '../../../lib/form/issues';
import { useAnnounce } from '../../../lib/ui/announcer';
import { disciplineLabel } from '../../../lib/ui/discipline-name';
import { useUpdateFundLists } from '../api/update-fund-lists';

type Fund = Me['fund'];
type List = 'organisations' | 'disciplines';
interface Entry {
  id?: string;
  name: string;
  inactive: boolean;
  /** A discipline without a name of the fund's own shows the app's translated name: it is sent only when changed. */
  appName?: string;
}

function entriesOf(fund: Fund, t: ReturnType<typeof useTranslation>['t']): Record<List, Entry[]> {
  const { settings } = fund;
  const codes = [...new Set([...settings.disciplines, ...Object.keys(settings.disciplineNames ?? {})])];
  return {
    organisations: fund.organisations.map((o) => ({ id: o.id, name: o.name, inactive: o.inactive ?? false })),
    disciplines: codes.map((code) => ({
      id: code,
      name: disciplineLabel(settings, code, t),
      inactive: !settings.disciplines.includes(code),
      ...(disciplineName(settings, code) === undefined ? { appName: disciplineLabel(undefined, code, t) } : {}),
    })),
  };
}

/** A problem with an entry's id is shown at its name, the only thing of it on the screen. */
const atNames = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/\.id$/, '.name'), message]));

function listsOf(entries: Record<List, Entry[]>): unknown {
  const flag = (e: Entry) => (e.inactive ? { inactive: true } : {});
  return {
    organisations: entries.organisations.map((e) => ({ ...(e.id ? { id: e.id } : {}), name: e.name, ...flag(e) })),
    disciplines: entries.disciplines.map((e) => ({
      ...(e.id ? { id: e.id } : {}),
      ...(e.appName !== undefined && e.name.trim() === e.appName ? {} : { name: e.name }),
      ...flag(e),
    })),
  };
}

/**
 * The fund's organisations and disciplines, each with the name everyone sees: add, rename, or mark
 * as no longer in use. Nothing can be removed, since requests, votes and accounts refer to them.
 */
export function FundListsForm({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const update = useUpdateFundLists();
  const [entries, setEntries] = useState(() => entriesOf(fund, t));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [focusPath, setFocusPath] = useState<string>();
  useEffect(() => {
    if (focusPath) focusField(focusPath);
  }, [focusPath]);

  const edit = (list: List, index: number, change: Partial<Entry>) =>
    setEntries((all) => ({ ...all, [list]: all[list].map((e, i) => (i === index ? { ...e, ...change } : e)) }));
  const add = (list: List) => {
    setEntries((all) => ({ ...all, [list]: [...all[list], { name: '', inactive: false }] }));
    setFocusPath(`${list}.${entries[list].length}.name`);
  };
  const entryLabel = (list: List, index: number) => t(list === 'organisations' ? 'lists.organisation' : 'lists.discipline', { n: index + 1 });
  const label = (path: string) => {
    const [list, index] = path.split('.') as [List, string | undefined];
    return index === undefined ? t(`lists.${list}`) : entryLabel(list, Number(index));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((a) => a + 1);
    const parsed = fundListsSchema.safeParse(listsOf(entries));
    if (!parsed.success) return setErrors(atNames(errorsOfIssues(parsed.error.issues.map((i) => ({ ...i, path: i.path.slice(0, 3) })), t)));
    const checked = updateFundLists(fund, parsed.data);
    if (!checked.ok) return setErrors(atNames(errorsOfProblems(checked.problems, t)));
    try {
      const saved = await update.mutateAsync(parsed.data satisfies FundLists);
      setEntries(entriesOf(saved, t));
      setErrors({});
      announce(t('lists.saved'));
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields.length > 0 ? atNames(errorsOfProblems(error.fields, t, 'body')) : { organisations: errorText(error, t) });
      announce(t('form.failed'));
    }
  }

  const list = (name: List) => (
    <Fieldset id={fieldId(name)} invalid={errors[name] !== undefined}>
      <FieldsetLegend>{t(`lists.${name}`)}</FieldsetLegend>
      {name === 'disciplines' && <FormFieldDescription>{t('lists.disciplinesHelp')}</FormFieldDescription>}
      {errors[name] && <Paragraph className="utrecht-form-field-error-message">{errors[name]}</Paragraph>}
      {entries[name].map((entry, i) => (
        <div key={entry.id ?? `new-${i}`} className="doorbraak-list-entry">
          <TextField path={`${name}.${i}.name`} label={entryLabel(name, i)} value={entry.name}
            onChange={(value) => edit(name, i, { name: value })} error={errors[`${name}.${i}.name`]} />
          <CheckboxField path={`${name}.${i}.inactive`} checked={entry.inactive} onChange={(inactive) => edit(name, i, { inactive })}
            label={<>{t('lists.inactive')} <span className="doorbraak-visually-hidden">({entry.name || entryLabel(name, i)})</span></>} />
        </div>
      ))}
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" onClick={() => add(name)}>
          {t(name === 'organisations' ? 'lists.addOrganisation' : 'lists.addDiscipline')}
        </Button>
      </ButtonGroup>
    </Fieldset>
  );

  return (
    <>
      <Paragraph>{t('lists.intro')}</Paragraph>
      <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form">
        <ErrorSummary errors={errors} labels={label} attempt={attempt} />
        {list('organisations')}
        {list('disciplines')}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={update.isPending} disabled={update.isPending}>
            {t('lists.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
