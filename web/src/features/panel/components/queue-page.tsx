import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CaseTable } from '../../../lib/case/case-table';
import { usePageTitle } from '../../../lib/ui/page-title';
import { Empty, LoadError, Loading } from '../../../lib/ui/states';
import { usePanelQueue } from '../api/list-panel-queue';

/** The cases to deliberate on: urgent first, then by deadline. */
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
      ) : queue.data.length === 0 ? (
        <Empty>{t('panel.queueEmpty')}</Empty>
      ) : (
        <CaseTable
          caption={t('panel.queueCaption')}
          cases={queue.data}
          hrefOf={(c) => `/panel/cases/${c.id}`}
          nextStep={(c) => (c.state === 'awaiting_answer' ? t('next.panel.awaiting_answer') : t('next.panel.in_deliberation'))}
        />
      )}
    </>
  );
}
