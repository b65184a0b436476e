import { Button, ButtonGroup, Heading, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fundSettingsSchema, type FundSettings } from '../../../../../domain/fund/fund.schema';
import { ApiError } from '../../../lib/api/api-client';
import { useMe } from '../../../lib/api/get-me';
import { ErrorSummary } from '../../../lib/form/error-summary';
import { TextField } from '../../../lib/form/fields';
import { errorsOfIssues, errorsOfProblems, type FieldErrors } from '../../../lib/form/issues';
import { eurosInput, parseEuros } from '../../../lib/format';
import { useAnnounce } from '../../../lib/ui/announcer';
import { AppLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { LoadError, Loading } from '../../../lib/ui/states';
import { useUpdateFundSettings } from '../api/update-fund-settings';

/**
 * Each setting's path in the schema, and whether it is typed as euros, a whole number or numbers. The
 * disciplines are kept with their names on the people page (fund-lists-form.tsx) and sent back as they are.
 */
const fields = [
  ['quorum.minVotes', 'int'],
  ['quorum.minDisciplines', 'int'],
  ['votingWindowHours.normal', 'int'],
  ['votingWindowHours.urgent', 'int'],
  ['annualBudgetCents', 'euros'],
  ['maxPerRequestCents', 'euros'],
  ['perClientCap.amountCents', 'euros'],
  ['perClientCap.periodMonths', 'int'],
  ['followUpMonths', 'ints'],
  ['retentionMonths', 'int'],
] as const;
type Path = (typeof fields)[number][0];

const read = (settings: FundSettings, path: Path): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], settings);

function toText(settings: FundSettings, language: string): Record<Path, string> {
  return Object.fromEntries(
    fields.map(([path, kind]) => {
      const value = read(settings, path);
      const text = kind === 'euros' ? eurosInput(value as number, language) : kind === 'ints' ? (value as number[]).join(', ') : String(value);
      return [path, text];
    }),
  ) as Record<Path, string>;
}

function toSettings(text: Record<Path, string>): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const [path, kind] of fields) {
    const raw = text[path].trim();
    const value =
      kind === 'euros' ? parseEuros(raw) : kind === 'int' ? (/^\d+$/.test(raw) ? Number(raw) : undefined)
      : raw.split(/[,;\s]+/).filter(Boolean).map(Number);
    const keys = path.split('.');
    let node = settings;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return settings;
}

function SettingsForm({ settings }: { settings: FundSettings }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const update = useUpdateFundSettings();
  const [text, setText] = useState(() => toText(settings, i18n.language));
  const [errors, setErrors] = useState<FieldErrors>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = fundSettingsSchema.safeParse({ disciplines: settings.disciplines, ...toSettings(text) });
    if (!parsed.success) {
      setErrors(errorsOfIssues(parsed.error.issues.map((i) => ({ ...i, path: i.path.slice(0, 2) })), t));
      return;
    }
    try {
      await update.mutateAsync(parsed.data);
      setErrors({});
      announce(t('settings.saved'));
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields.length > 0 ? errorsOfProblems(error.fields, t) : { 'quorum.minVotes': t('state.failed') });
      announce(t('form.failed'));
    }
  }

  const field = (path: Path) => {
    const kind = fields.find(([p]) => p === path)![1];
    const props = {
      path,
      label: t(`settings.${path}`),
      description: kind === 'euros' ? t('requestForm.euros') : kind === 'ints' ? t('settings.intsHelp') : undefined,
      value: text[path],
      onChange: (value: string) => setText((s) => ({ ...s, [path]: value })),
      error: errors[path],
    };
    return <TextField {...props} />;
  };

  const disciplines = (
    <Paragraph>
      <AppLink to="/manager/people">{t('settings.disciplinesElsewhere')}</AppLink>
    </Paragraph>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form">
      <ErrorSummary errors={errors} labels={(path) => t(`settings.${path}`, { defaultValue: path })} />
      <Heading level={2}>{t('settings.deliberation')}</Heading>
      {field('quorum.minVotes')}
      {field('quorum.minDisciplines')}
      {field('votingWindowHours.normal')}
      {field('votingWindowHours.urgent')}
      {disciplines}
      <Heading level={2}>{t('settings.money')}</Heading>
      {field('annualBudgetCents')}
      {field('maxPerRequestCents')}
      {field('perClientCap.amountCents')}
      {field('perClientCap.periodMonths')}
      <Heading level={2}>{t('settings.afterwards')}</Heading>
      {field('followUpMonths')}
      {field('retentionMonths')}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={update.isPending} disabled={update.isPending}>
          {t('settings.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

export default function FundSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('settings.title'));
  return (
    <>
      <Heading1>{t('settings.title')}</Heading1>
      <Paragraph>{t('settings.intro')}</Paragraph>
      {me.isPending ? <Loading /> : me.isError ? <LoadError error={me.error} retry={() => void me.refetch()} /> : <SettingsForm settings={me.data.fund.settings} />}
    </>
  );
}
