import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CaseTable } from '../../../lib/case/case-table';
import { usePageTitle } from '../../../lib/ui/page-title';
import { Section } from '../../../lib/ui/section';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { usePanelQueue } from '../api/list-panel-queue';

/** The cases waiting for my vote, urgent first, then by deadline; below them the rest of the panel's work, to read. */
export default function QueuePage() {
  const { t } = useTranslation();
  const queue = usePanelQueue();
  usePageTitle(t('panel.queueTitle'));
  return (
    <>
      <Heading1>{t('panel.queueTitle')}</Heading1>
      <Paragraph>{t('panel.queueIntro')}</Paragraph>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <LoadError error={queue.error} retry={() => void queue.refetch()} />
      ) : (
        <>
          {queue.data.awaitingMyVote.length === 0 ? (
            <Empty>{t('panel.queueEmpty')}</Empty>
          ) : (
            <CaseTable
              caption={t('panel.queueCaption')}
              cases={queue.data.awaitingMyVote}
              hrefOf={(c) => `/panel/cases/${c.id}`}
              nextStep={() => t('next.panel.in_deliberation')}
            />
          )}
          {queue.data.alsoInDeliberation.length > 0 && (
            <Section headingId="also-in-deliberation" heading={t('panel.alsoInDeliberation')}>
              <CaseTable
                caption={t('panel.alsoInDeliberationCaption')}
                cases={queue.data.alsoInDeliberation}
                hrefOf={(c) => `/panel/cases/${c.id}`}
                nextStep={(c) => (c.state === 'awaiting_answer' ? t('next.panel.awaiting_answer') : t('next.panel.readAlong'))}
              />
            </Section>
          )}
        </>
      )}
    </>
  );
}
