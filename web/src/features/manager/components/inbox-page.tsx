import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../lib/api/types';
import { CaseTable } from '../../../lib/case/case-table';
import { usePageTitle } from '../../../lib/ui/page-title';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { useDeliberationTallies, useInbox } from '../api/list-inbox';
import { LessonReview } from './lesson-review';
import { Section } from '../../../lib/ui/section';
import { OverdueFollowUps } from './overdue-follow-ups';

function InboxSection({ id, title, empty, cases, nextStep }: { id: string; title: string; empty: string; cases: readonly CaseSummary[]; nextStep: string }) {
  const { t } = useTranslation();
  return (
    <Section headingId={id} heading={<>{title} ({cases.length})</>}>
      {cases.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <CaseTable caption={title} captionHidden cases={cases} hrefOf={(c) => `/manager/cases/${c.id}`} nextStep={() => t(nextStep)} />
      )}
    </Section>
  );
}

/** What needs the programme manager now: to screen, to open, quorum reached, waiting on the panel. */
export default function InboxPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const tallies = useDeliberationTallies(inbox.data?.in_deliberation ?? []);
  usePageTitle(t('manager.inboxTitle'));
  if (inbox.isPending) return <Loading />;
  if (inbox.isError) return <LoadError error={inbox.error} retry={() => void inbox.refetch()} />;
  const quorumReached = new Set(tallies.flatMap((q) => (q.data?.deliberation.tally?.quorum.reached ? [q.data.case.id] : [])));
  const deliberating = inbox.data.in_deliberation;
  return (
    <>
      <Heading1>{t('manager.inboxTitle')}</Heading1>
      <Paragraph>{t('manager.inboxIntro')}</Paragraph>
      <InboxSection id="to-screen" title={t('manager.toScreen')} empty={t('manager.noneToScreen')} cases={inbox.data.submitted} nextStep="next.manager.submitted" />
      <InboxSection id="to-open" title={t('manager.toOpen')} empty={t('manager.noneToOpen')} cases={inbox.data.screened} nextStep="next.manager.screened" />
      <InboxSection
        id="to-decide"
        title={t('manager.toDecide')}
        empty={t('manager.noneToDecide')}
        cases={deliberating.filter((c) => quorumReached.has(c.id))}
        nextStep="next.manager.decide"
      />
      <InboxSection
        id="deliberating"
        title={t('manager.deliberating')}
        empty={t('manager.noneDeliberating')}
        cases={[...deliberating.filter((c) => !quorumReached.has(c.id)), ...inbox.data.awaiting_answer]}
        nextStep="next.manager.in_deliberation"
      />
      <InboxSection id="to-pay" title={t('manager.toPay')} empty={t('manager.noneToPay')} cases={inbox.data.decided} nextStep="next.manager.pay" />
      <OverdueFollowUps />
      <LessonReview />
    </>
  );
}
