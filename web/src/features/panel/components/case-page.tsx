import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { deliberationStates, isOneOf } from '../../../../../domain/case/lifecycle';
import { conflictInputSchema, questionInputSchema } from '../../../../../domain/deliberation/vote.schema';
import { useCase } from '../../../lib/api/get-case';
import { useMe } from '../../../lib/api/get-me';
import type { CaseView } from '../../../lib/api/types';
import { CaseTimeline } from '../../../lib/case/case-timeline';
import { DecisionView } from '../../../lib/case/decision-view';
import { FollowUpReports } from '../../../lib/case/follow-up-reports';
import { Discussion } from '../../../lib/case/discussion';
import { QuestionsView } from '../../../lib/case/questions-view';
import { RequestSummary } from '../../../lib/case/request-summary';
import { StateBadge, UrgentBadge } from '../../../lib/case/state-badge';
import { CaseNumber } from '../../../lib/case/case-number';
import { TallyView } from '../../../lib/case/tally-view';
import { VotesSideBySide } from '../../../lib/case/votes-side-by-side';
import { TextForm } from '../../../lib/form/text-form';
import { useFormat } from '../../../lib/format';
import { AppLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { LoadError, Loading } from '../../../lib/ui/states';
import { useAddComment } from '../api/add-comment';
import { useAskQuestion } from '../api/ask-question';
import { useCastVote } from '../api/cast-vote';
import { useDeclareConflict } from '../api/declare-conflict';
import { EarlierRequests } from './earlier-requests';
import { Section } from '../../../lib/ui/section';
import { VoteForm } from './vote-form';

/** Blind voting: before my vote I see the request, not the others' votes or the discussion. */
function Deliberation({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const castVote = useCastVote();
  const addComment = useAddComment();
  const me = useMe();
  const [revising, setRevising] = useState(false);
  const { case: kase, deliberation, actions } = view;
  const cast = (vote: Parameters<typeof castVote.mutateAsync>[0]['vote']) => castVote.mutateAsync({ caseId: kase.id, vote });
  if (!deliberation.hasVoted) {
    if (!actions.includes('vote')) return <Paragraph>{t('panel.cannotVote')}</Paragraph>;
    return <VoteForm onCast={cast} />;
  }
  // A member may revise their own vote until the decision.
  const mine = deliberation.votes.find((v) => v.member.userId === me.data?.actor.userId);
  if (revising && mine)
    return <VoteForm earlier={mine} onCast={async (vote) => { await cast(vote); setRevising(false); }} />;
  return (
    <>
      <Alert type="ok">
        <Paragraph>{t('panel.youVoted')}</Paragraph>
        {mine && actions.includes('vote') && (
          <Button appearance="secondary-action-button" onClick={() => setRevising(true)}>
            {t('vote.revise')}
          </Button>
        )}
      </Alert>
      {deliberation.tally && <TallyView tally={deliberation.tally} />}
      <VotesSideBySide votes={deliberation.votes} />
      <Discussion
        comments={deliberation.comments}
        {...(actions.includes('comment') ? { onAdd: (text: string) => addComment.mutateAsync({ caseId: kase.id, text }) } : {})}
      />
    </>
  );
}

export default function PanelCasePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { caseId = '' } = useParams();
  const view = useCase(caseId);
  const askQuestion = useAskQuestion();
  const declareConflict = useDeclareConflict();
  usePageTitle(t('panel.caseTitle', { ref: view.data?.case.request.clientRef ?? '' }));
  if (view.isPending) return <Loading />;
  if (view.isError) return <LoadError error={view.error} retry={() => void view.refetch()} />;
  const { case: kase, questions, history, actions, deliberation } = view.data;
  return (
    <>
      <Paragraph>
        <AppLink to="/panel">{t('nav.backToQueue')}</AppLink>
      </Paragraph>
      <Heading1>{t('panel.caseTitle', { ref: kase.request.clientRef })}</Heading1>
      <Paragraph>
        <CaseNumber caseId={kase.id} /> <StateBadge state={kase.state} /> {kase.deliberation?.urgent && <UrgentBadge />}{' '}
        {kase.deliberation && isOneOf(kase.state, deliberationStates) && t('panel.deadline', { at: format.dateTime(kase.deliberation.deadline) })}
      </Paragraph>
      {kase.repeat?.capExceeded && (
        <Alert type="warning">
          <Paragraph>{t('panel.capExceeded', { amount: format.money(kase.repeat.earlierGrantedCents) })}</Paragraph>
        </Alert>
      )}
      {kase.decision && <DecisionView decision={kase.decision} />}
      {kase.followUp && <FollowUpReports moments={kase.followUp.moments} />}
      <RequestSummary request={kase.request} />
      {kase.repeat && kase.repeat.earlierCaseIds.length > 0 && <EarlierRequests caseId={kase.id} />}
      <QuestionsView questions={questions} />
      {deliberation.conflicts.length > 0 && (
        <Alert type="info">
          <Paragraph>{t('panel.conflictDeclared', { reason: deliberation.conflicts[0]!.reason })}</Paragraph>
        </Alert>
      )}
      {kase.state !== 'decided' && <Deliberation view={view.data} />}
      {actions.includes('askQuestion') && (
        <Section headingId="ask-heading" heading={t('panel.askHeading')}>
          <TextForm
            schema={questionInputSchema}
            field="text"
            idPrefix="question"
            label={t('panel.askLabel')}
            description={t('panel.askHelp')}
            submitLabel={t('panel.askSubmit')}
            done={t('panel.asked')}
            onSubmit={({ text }) => askQuestion.mutateAsync({ caseId: kase.id, text })}
          />
        </Section>
      )}
      {/* Once declared, there is nothing more to declare: the notice above says so. */}
      {actions.includes('declareConflict') && !deliberation.hasVoted && deliberation.conflicts.length === 0 && (
        <Section headingId="conflict-heading" heading={t('panel.conflictHeading')}>
          <TextForm
            schema={conflictInputSchema}
            field="reason"
            idPrefix="conflict"
            label={t('panel.conflictLabel')}
            description={t('panel.conflictHelp')}
            submitLabel={t('panel.conflictSubmit')}
            done={t('panel.conflictDone')}
            confirm={{ question: t('panel.conflictConfirm'), yes: t('panel.conflictYes') }}
            onSubmit={({ reason }) => declareConflict.mutateAsync({ caseId: kase.id, text: reason })}
          />
        </Section>
      )}
      {/* The API leaves out who voted or spoke until I have voted myself. */}
      <CaseTimeline history={history} />
    </>
  );
}
