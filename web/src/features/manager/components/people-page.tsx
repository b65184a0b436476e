import { Button, ButtonGroup, Heading, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invitationProblem, invitationSchema, isManageable, userChangeProblem, userChangeSchema } from '../../../../../domain/people/user.schema';
import { ApiError } from '../../../lib/api/api-client';
import { useMe } from '../../../lib/api/get-me';
import type { Me, UserView } from '../../../lib/api/types';
import { ConfirmStep } from '../../../lib/form/confirm-step';
import { ErrorSummary } from '../../../lib/form/error-summary';
import { RadioGroup, SelectField, TextField } from '../../../lib/form/fields';
import { errorsOfIssues, errorsOfProblems, errorText, type FieldErrors } from '../../../lib/form/issues';
import { useAnnounce } from '../../../lib/ui/announcer';
import { disciplineLabel } from '../../../lib/ui/discipline-name';
import { usePageTitle } from '../../../lib/ui/page-title';
import { Section } from '../../../lib/ui/section';
import { LoadError, Loading } from '../../../lib/ui/states';
import { useChangeUser, useDisableUser, useEnableUser, useInviteUser, useUsers } from '../api/users';
import { FundListsForm } from './fund-lists-form';

type Fund = Me['fund'];
type T = ReturnType<typeof useTranslation>['t'];

/** The organisations a new or changed user may get: those in use, and the one they have now (shown as retired). */
function organisationOptions(fund: Fund, t: T, current?: string) {
  return fund.organisations
    .filter((o) => !o.inactive || o.id === current)
    .map((o) => ({ value: o.id, label: o.inactive ? t('people.notInUse', { name: o.name }) : o.name }));
}

/** The disciplines a panel member may get, by name: those in use, and the one they have now. */
function disciplineOptions(fund: Fund, t: T, current?: string) {
  const codes = [...fund.settings.disciplines, ...(current && !fund.settings.disciplines.includes(current) ? [current] : [])];
  return codes.map((d) => {
    const name = disciplineLabel(fund.settings, d, t);
    return { value: d, label: fund.settings.disciplines.includes(d) ? name : t('people.notInUse', { name }) };
  });
}
const emptyInvitation = { name: '', email: '', role: '', organisationId: '', discipline: '' };

/** Ask a counsellor or panel member into the fund: they get an e-mail to sign in. */
function InviteForm({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const invite = useInviteUser();
  const [form, setForm] = useState(emptyInvitation);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const set = (field: keyof typeof emptyInvitation) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const panel = form.role === 'panel_member';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((a) => a + 1);
    const parsed = invitationSchema.safeParse({ ...form, role: form.role || undefined, discipline: panel && form.discipline ? form.discipline : undefined });
    if (!parsed.success) return setErrors(errorsOfIssues(parsed.error.issues, t));
    const problem = invitationProblem(parsed.data, fund);
    if (problem) return setErrors(errorsOfProblems([problem], t));
    try {
      const user = await invite.mutateAsync(parsed.data);
      setForm(emptyInvitation);
      setErrors({});
      announce(t('people.invited', { name: user.name }));
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields.length > 0 ? errorsOfProblems(error.fields, t, 'body') : { email: errorText(error, t) });
      announce(t('form.failed'));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form">
      <ErrorSummary errors={errors} labels={(path) => t(`people.${path}`, { defaultValue: path })} attempt={attempt} />
      <TextField path="name" label={t('people.name')} value={form.name} onChange={set('name')} error={errors.name} autoComplete="off" />
      <TextField path="email" label={t('people.email')} description={t('people.emailHelp')} value={form.email} onChange={set('email')} error={errors.email} autoComplete="off" />
      <RadioGroup path="role" label={t('people.role')} value={form.role} onChange={set('role')} error={errors.role}
        options={(['counsellor', 'panel_member'] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      <SelectField path="organisationId" label={t('people.organisationId')} value={form.organisationId} onChange={set('organisationId')} error={errors.organisationId}
        placeholder={t('people.choose')} options={organisationOptions(fund, t)} />
      {panel && (
        <SelectField path="discipline" label={t('people.discipline')} value={form.discipline} onChange={set('discipline')} error={errors.discipline}
          placeholder={t('people.choose')} options={disciplineOptions(fund, t)} />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={invite.isPending} disabled={invite.isPending}>
          {t('people.invite')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** What disabling and re-enabling say: both ask first. */
const accountSteps = {
  disable: { button: 'people.disable', confirm: 'people.disableConfirm', yes: 'people.disableYes', done: 'people.disabledDone' },
  enable: { button: 'people.enable', confirm: 'people.enableConfirm', yes: 'people.enableYes', done: 'people.enabledDone' },
} as const;

/**
 * Disabling or re-enabling an account, after a confirmation: a disabled user can no longer sign in
 * and what they recorded stays; a re-enabled one signs in again with the role and organisation the list shows.
 */
function AccountStep({ user, step }: { user: UserView; step: keyof typeof accountSteps }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const disable = useDisableUser();
  const enable = useEnableUser();
  const mutation = step === 'disable' ? disable : enable;
  const texts = accountSteps[step];
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const yes = async () => {
    try {
      await mutation.mutateAsync(user.userId);
      announce(t(texts.done, { name: user.name }));
    } catch (e) {
      setError(errorText(e, t));
    }
  };
  return asking ? (
    <>
      <ConfirmStep id={`${step}-${user.userId}`} question={t(texts.confirm, { name: user.name })} yes={t(texts.yes)}
        busy={mutation.isPending} onYes={() => void yes()} onNotNow={() => setAsking(false)} />
      {error && <Paragraph role="alert">{error}</Paragraph>}
    </>
  ) : (
    <Button appearance="secondary-action-button" onClick={() => setAsking(true)}>
      {t(texts.button)} <span className="doorbraak-visually-hidden">{user.name}</span>
    </Button>
  );
}

const editButtonId = (userId: string) => `edit-user-${userId}`;

/**
 * A counsellor's or panel member's role, organisation and discipline, changed in a form below the
 * list (a table cell is too narrow at 320 px): it takes focus when it opens, and gives it back to
 * the user's "change" button when it closes.
 */
function EditUser({ user, fund, onClose }: { user: UserView; fund: Fund; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const change = useChangeUser();
  const heading = useRef<HTMLHeadingElement>(null);
  const [form, setForm] = useState({ role: user.role as string, organisationId: user.organisationId ?? '', discipline: user.discipline ?? '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const panel = form.role === 'panel_member';
  useEffect(() => heading.current?.focus(), []);

  const close = () => {
    onClose();
    requestAnimationFrame(() => document.getElementById(editButtonId(user.userId))?.focus());
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((a) => a + 1);
    const parsed = userChangeSchema.safeParse({
      role: form.role || undefined, organisationId: form.organisationId, discipline: panel && form.discipline ? form.discipline : undefined,
    });
    if (!parsed.success) return setErrors(errorsOfIssues(parsed.error.issues, t));
    const problem = userChangeProblem(user, parsed.data, fund);
    if (problem) return setErrors(errorsOfProblems([problem], t));
    if (parsed.data.role === user.role && parsed.data.organisationId === user.organisationId && parsed.data.discipline === user.discipline) {
      announce(t('people.unchanged'));
      return close();
    }
    try {
      await change.mutateAsync({ userId: user.userId, change: parsed.data });
      announce(t('people.changed', { name: user.name }));
      close();
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields.length > 0 ? errorsOfProblems(error.fields, t, 'body') : { role: errorText(error, t) });
      announce(t('form.failed'));
    }
  }

  return (
    <section aria-labelledby="people-edit" className="doorbraak-section">
      <Heading level={2} id="people-edit" ref={heading} tabIndex={-1}>{t('people.editHeading', { name: user.name })}</Heading>
      <Paragraph>{t('people.editIntro', { name: user.name })}</Paragraph>
      <form onSubmit={(e) => void submit(e)} noValidate className="doorbraak-form">
        <ErrorSummary errors={errors} labels={(path) => t(`people.${path}`, { defaultValue: path })} attempt={attempt} />
        <RadioGroup path="role" label={t('people.role')} value={form.role} onChange={set('role')} error={errors.role}
          options={(['counsellor', 'panel_member'] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <SelectField path="organisationId" label={t('people.organisationId')} value={form.organisationId} onChange={set('organisationId')} error={errors.organisationId}
          placeholder={t('people.choose')} options={organisationOptions(fund, t, user.organisationId)} />
        {panel && (
          <SelectField path="discipline" label={t('people.discipline')} value={form.discipline} onChange={set('discipline')} error={errors.discipline}
            placeholder={t('people.choose')} options={disciplineOptions(fund, t, user.role === 'panel_member' ? user.discipline : undefined)} />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={change.isPending} disabled={change.isPending}>
            {t('people.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" disabled={change.isPending} onClick={close}>
            {t('people.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function UserTable({ users, fund, me, onEdit }: { users: readonly UserView[]; fund: Fund; me: string; onEdit: (userId: string) => void }) {
  const { t } = useTranslation();
  const organisation = (id?: string) => (id ? (fund.organisations.find((o) => o.id === id)?.name ?? id) : '—');
  return (
    <Table className="doorbraak-case-table">
      <TableCaption className="doorbraak-visually-hidden">{t('people.listHeading')}</TableCaption>
      <TableHeader>
        <TableRow>
          {(['name', 'role', 'organisationId', 'discipline', 'status', 'actions'] as const).map((c) => (
            <TableHeaderCell key={c} scope="col">{t(`people.${c}`)}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {[...users].sort((a, b) => Number(a.disabled) - Number(b.disabled) || a.name.localeCompare(b.name)).map((u) => (
          <TableRow key={u.userId}>
            <TableCell data-label={t('people.name')}>{u.name}</TableCell>
            <TableCell data-label={t('people.role')}>{t(`role.${u.role}`)}</TableCell>
            <TableCell data-label={t('people.organisationId')}>{organisation(u.organisationId)}</TableCell>
            <TableCell data-label={t('people.discipline')}>{u.discipline ? disciplineLabel(fund.settings, u.discipline, t) : '—'}</TableCell>
            <TableCell data-label={t('people.status')}>{u.disabled ? t('people.disabled') : t('people.enabled')}</TableCell>
            <TableCell data-label={t('people.actions')}>
              {u.userId === me || !isManageable(u) ? (
                t('people.noActions')
              ) : (
                // A div, not ButtonGroup's <p>: the confirmation that opens here holds a paragraph of its own.
                <div className="utrecht-button-group">
                  {!u.disabled && (
                    <Button id={editButtonId(u.userId)} appearance="secondary-action-button" onClick={() => onEdit(u.userId)}>
                      {t('people.edit')} <span className="doorbraak-visually-hidden">{u.name}</span>
                    </Button>
                  )}
                  <AccountStep user={u} step={u.disabled ? 'enable' : 'disable'} />
                </div>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The fund's people: who works in it, asking someone in, changing what they do, stopping and restoring access; and the fund's organisations and disciplines. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const me = useMe();
  const users = useUsers();
  const [editing, setEditing] = useState<string>();
  usePageTitle(t('people.title'));
  if (me.isPending || users.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} retry={() => void me.refetch()} />;
  if (users.isError) return <LoadError error={users.error} retry={() => void users.refetch()} />;
  const edited = users.data.users.find((u) => u.userId === editing && !u.disabled && isManageable(u));
  return (
    <>
      <Heading1>{t('people.title')}</Heading1>
      <Paragraph>{t('people.intro')}</Paragraph>
      <Section headingId="people-list" heading={<>{t('people.listHeading')} ({users.data.users.length})</>}>
        <UserTable users={users.data.users} fund={me.data.fund} me={me.data.actor.userId} onEdit={setEditing} />
      </Section>
      {edited && <EditUser key={edited.userId} user={edited} fund={me.data.fund} onClose={() => setEditing(undefined)} />}
      <Section headingId="people-invite" heading={t('people.inviteHeading')}>
        <InviteForm fund={me.data.fund} />
      </Section>
      <Section headingId="people-lists" heading={t('lists.heading')}>
        <FundListsForm fund={me.data.fund} />
      </Section>
    </>
  );
}
