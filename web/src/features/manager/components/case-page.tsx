import { Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { deliberationStates, isOneOf } from '../../../../../domain/case/lifecycle';
import { useCase } from '../../../lib/api/get-case';
import { useMe } from '../../../lib/api/get-me';
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
import { useFormat } from '../../../lib/format';
import { useAnnounce } from '../../../lib/ui/announcer';
import { AppLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { LoadError, Loading } from '../../../lib/ui/states';
import { useAddComment } from '../api/add-comment';
import { useOpenDeliberation } from '../api/open-deliberation';
import { useRecordDecision } from '../api/record-decision';
import { useScreenCase } from '../api/screen-case';
import { useRecordPayment } from '../api/record-payment';
import { DecisionForm } from './decision-form';
import { PaymentForm, PaymentsView } from './payment-form';
import { errorText } from '../../../lib/form/issues';
import { Section } from '../../../lib/ui/section';
import { ScreeningForm } from './screening-form';

function OpenDeliberation({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const open = useOpenDeliberation();
  return (
    <Section headingId="open-heading" heading={t('open.heading')}>
      <Paragraph>{t('open.help')}</Paragraph>
      {open.isError && <Paragraph role="alert">{errorText(open.error, t)}</Paragraph>}
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={open.isPending}
          disabled={open.isPending}
          onClick={() => open.mutate(caseId, { onSuccess: () => announce(t('open.done')) })}
        >
          {t('open.submit')}
        </Button>
      </ButtonGroup>
    </Section>
  );
}

/** A case as the programme manager handles it: screen, open, follow the deliberation, decide. */
export default function ManagerCasePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { caseId = '' } = useParams();
  const view = useCase(caseId);
  const me = useMe();
  const screen = useScreenCase();
  const decide = useRecordDecision();
  const comment = useAddComment();
  const pay = useRecordPayment();
  usePageTitle(t('manager.caseTitle', { ref: view.data?.case.request.clientRef ?? '' }));
  if (view.isPending) return <Loading />;
  if (view.isError) return <LoadError error={view.error} retry={() => void view.refetch()} />;
  const { case: kase, questions, history, actions, deliberation } = view.data;
  const organisation = me.data?.fund.organisations.find((o) => o.id === kase.organisationId)?.name ?? kase.organisationId;
  return (
    <>
      <Paragraph>
        <AppLink to="/manager">{t('nav.backToInbox')}</AppLink>
      </Paragraph>
      <Heading1>{t('manager.caseTitle', { ref: kase.request.clientRef })}</Heading1>
      <Paragraph>
        <CaseNumber caseId={kase.id} /> <StateBadge state={kase.state} /> {kase.request.urgency?.urgent && <UrgentBadge />}{' '}
        {kase.deliberation && isOneOf(kase.state, deliberationStates) && t('panel.deadline', { at: format.dateTime(kase.deliberation.deadline) })}
      </Paragraph>
      <Paragraph className="doorbraak-muted">{t('manager.by', { name: kase.counsellor.name, org: organisation })}</Paragraph>
      {actions.includes('screen') && <ScreeningForm onScreen={(body) => screen.mutateAsync({ caseId: kase.id, body })} />}
      {actions.includes('openDeliberation') && <OpenDeliberation caseId={kase.id} />}
      {kase.decision && <DecisionView decision={kase.decision} />}
      <PaymentsView kase={kase} />
      {kase.followUp && <FollowUpReports moments={kase.followUp.moments} />}
      {actions.includes('recordPayment') && <PaymentForm kase={kase} onPay={(body) => pay.mutateAsync({ caseId: kase.id, body })} />}
      {deliberation.tally && !kase.decision && <TallyView tally={deliberation.tally} />}
      {actions.includes('recordDecision') && deliberation.tally && (
        <DecisionForm
          tally={deliberation.tally}
          votes={deliberation.votes}
          requestedCents={kase.request.amountCents}
          onDecide={(body) => decide.mutateAsync({ caseId: kase.id, body })}
        />
      )}
      {kase.deliberation && <VotesSideBySide votes={deliberation.votes} />}
      {kase.deliberation && (
        <Discussion
          comments={deliberation.comments}
          {...(actions.includes('comment') ? { onAdd: (text: string) => comment.mutateAsync({ caseId: kase.id, text }) } : {})}
        />
      )}
      <QuestionsView questions={questions} />
      <RequestSummary request={kase.request} />
      <CaseTimeline history={history} />
    </>
  );
}
