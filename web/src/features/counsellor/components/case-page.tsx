import { utc } from '@date-fns/utc';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { subDays } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { withdrawInputSchema } from '../../../../../domain/case/case.schema';
import { REPORT_OPENS_DAYS_BEFORE } from '../../../../../domain/follow-up/schedule';
import { answerInputSchema } from '../../../../../domain/deliberation/vote.schema';
import { useCase } from '../../../lib/api/get-case';
import { useMe } from '../../../lib/api/get-me';
import type { CaseView } from '../../../lib/api/types';
import { CaseTimeline } from '../../../lib/case/case-timeline';
import { DecisionView } from '../../../lib/case/decision-view';
import { FollowUpReports } from '../../../lib/case/follow-up-reports';
import { QuestionsView } from '../../../lib/case/questions-view';
import { RequestSummary } from '../../../lib/case/request-summary';
import { StateBadge, UrgentBadge } from '../../../lib/case/state-badge';
import { CaseNumber } from '../../../lib/case/case-number';
import { TextForm } from '../../../lib/form/text-form';
import { useFormat } from '../../../lib/format';
import { AppButtonLink, AppLink } from '../../../lib/ui/app-link';
import { usePageTitle } from '../../../lib/ui/page-title';
import { LoadError, Loading } from '../../../lib/ui/states';
import { useAnswerQuestion } from '../api/answer-question';
import { useReportFollowUp } from '../api/report-follow-up';
import { useWithdrawCase } from '../api/withdraw-case';
import { Section } from '../../../lib/ui/section';
import { letterAvailable } from './client-letter';
import { DeleteDraft } from './delete-draft';
import { FollowUpForm } from './follow-up-form';

/** The first moment not reported yet, counted from 1; 0 when all are reported. */
const nextMoment = (moments: readonly { reportedAt?: string | undefined }[]) => moments.findIndex((m) => !m.reportedAt) + 1;

/** The form opens some days before the moment is due, as the domain allows the report (days counted in UTC, as there). */
const isOpen = (moment: { dueAt: string } | undefined, now = Date.now()) =>
  moment !== undefined && now >= subDays(moment.dueAt, REPORT_OPENS_DAYS_BEFORE, { in: utc }).getTime();

/** What happens next and by when, while the request waits for others: so the counsellor knows it arrived. */
function NextStep({ kase }: { kase: CaseView['case'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useMe().data?.fund.settings;
  const hours = settings && (kase.request.urgency?.urgent ? settings.votingWindowHours.urgent : settings.votingWindowHours.normal);
  const window = hours === undefined ? '' : hours % 24 === 0 ? t('counsellor.next.days', { count: hours / 24 }) : t('counsellor.next.hours', { count: hours });
  const text =
    kase.state === 'submitted'
      ? t('counsellor.next.submitted', { date: format.date((kase.submittedAt ?? kase.updatedAt).slice(0, 10)), window })
      : kase.state === 'screened'
        ? t('counsellor.next.screened', { window })
        : kase.state === 'in_deliberation' && kase.deliberation
          ? t('counsellor.next.in_deliberation', { deadline: format.dateTime(kase.deliberation.deadline) })
          : kase.state === 'awaiting_answer'
            ? t('counsellor.next.awaiting_answer')
            : undefined;
  return text ? <Paragraph>{text}</Paragraph> : null;
}

/** A case as its counsellor sees it: the request, the panel's questions, the decision, the history. */
export default function CounsellorCasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const view = useCase(caseId);
  const answer = useAnswerQuestion();
  const withdraw = useWithdrawCase();
  const report = useReportFollowUp();
  usePageTitle(t('counsellor.caseTitle', { ref: view.data?.case.request.clientRef ?? '' }));
  if (view.isPending) return <Loading />;
  if (view.isError) return <LoadError error={view.error} retry={() => void view.refetch()} />;
  const { case: kase, questions, history, actions } = view.data;
  return (
    <>
      <Paragraph>
        <AppLink to="/counsellor">{t('nav.backToCases')}</AppLink>
      </Paragraph>
      <Heading1>{t('counsellor.caseTitle', { ref: kase.request.clientRef })}</Heading1>
      <Paragraph>
        <CaseNumber caseId={kase.id} /> <StateBadge state={kase.state} /> {kase.request.urgency?.urgent && <UrgentBadge />}
      </Paragraph>
      <NextStep kase={kase} />
      {actions.includes('editDraft') && (
        <Paragraph>
          <AppButtonLink to={`/counsellor/request/${kase.id}`} primary>
            {t('counsellor.continueDraft')}
          </AppButtonLink>
        </Paragraph>
      )}
      {kase.screening?.outcome === 'out' && (
        <Paragraph>
          <strong>{t('counsellor.screenedOut')}</strong> {kase.screening.text}
        </Paragraph>
      )}
      {kase.decision && <DecisionView decision={kase.decision} />}
      {letterAvailable(kase) && (
        <Paragraph>
          <AppButtonLink to={`/counsellor/cases/${kase.id}/letter`}>{t('letter.open')}</AppButtonLink>{' '}
          <span className="doorbraak-muted">{t('letter.openHelp')}</span>
        </Paragraph>
      )}
      {kase.followUp && <FollowUpReports moments={kase.followUp.moments} />}
      {kase.followUp && actions.includes('reportFollowUp') && isOpen(kase.followUp.moments[nextMoment(kase.followUp.moments) - 1]) && (
        <FollowUpForm
          moment={nextMoment(kase.followUp.moments)}
          agreements={kase.decision?.agreements}
          onReport={(r) => report.mutateAsync({ caseId: kase.id, moment: nextMoment(kase.followUp!.moments), report: r })}
        />
      )}
      <QuestionsView
        questions={questions}
        answerSlot={
          actions.includes('answerQuestion')
            ? (q) => (
                <TextForm
                  schema={answerInputSchema}
                  field="text"
                  idPrefix={`answer-${q.id}`}
                  label={t('questions.answerLabel')}
                  description={t('requestForm.noIdentifying')}
                  submitLabel={t('questions.answerSubmit')}
                  done={t('questions.answerDone')}
                  onSubmit={({ text }) => answer.mutateAsync({ caseId: kase.id, questionId: q.id, text })}
                />
              )
            : undefined
        }
      />
      <RequestSummary request={kase.request} />
      <CaseTimeline history={history} />
      {actions.includes('withdraw') && (
        <Section headingId="withdraw-heading" heading={t('counsellor.withdrawHeading')}>
          <TextForm
            schema={withdrawInputSchema}
            field="reason"
            idPrefix="withdraw"
            label={t('counsellor.withdrawReason')}
            submitLabel={t('counsellor.withdraw')}
            done={t('counsellor.withdrawn')}
            confirm={{ question: t('counsellor.withdrawConfirm'), yes: t('counsellor.withdrawYes') }}
            onSubmit={({ reason }) => withdraw.mutateAsync({ caseId: kase.id, reason })}
          />
        </Section>
      )}
      {actions.includes('deleteDraft') && <DeleteDraft caseId={kase.id} />}
    </>
  );
}
