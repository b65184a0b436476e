import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAnnounce } from '../../../lib/ui/announcer';
import { Section } from '../../../lib/ui/section';
import { useDeleteDraft } from '../api/delete-draft';

/** Deleting a draft, asked twice: the first button only asks whether the counsellor is sure. */
export function DeleteDraft({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const remove = useDeleteDraft();
  const [confirming, setConfirming] = useState(false);
  const confirm = () =>
    remove.mutate(caseId, {
      onSuccess: () => {
        announce(t('counsellor.deleted'));
        void navigate('/counsellor', { replace: true });
      },
    });
  return (
    <Section headingId="delete-heading" heading={t('counsellor.deleteHeading')}>
      <Paragraph>{t('counsellor.deleteHelp')}</Paragraph>
      {remove.isError && <Paragraph role="alert">{remove.error.message}</Paragraph>}
      <ButtonGroup>
        {confirming ? (
          <>
            <Button appearance="primary-action-button" busy={remove.isPending} disabled={remove.isPending} onClick={confirm}>
              {t('counsellor.deleteConfirm')}
            </Button>
            <Button appearance="secondary-action-button" disabled={remove.isPending} onClick={() => setConfirming(false)}>
              {t('counsellor.deleteCancel')}
            </Button>
          </>
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>
            {t('counsellor.delete')}
          </Button>
        )}
      </ButtonGroup>
    </Section>
  );
}
