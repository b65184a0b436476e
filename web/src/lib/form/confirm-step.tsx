import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface ConfirmStepProps {
  /** Makes the question's id unique on the page. */
  id: string;
  question: string;
  yes: string;
  busy: boolean;
  /** Leave out for a submit button: the surrounding form then sends on "yes". */
  onYes?: () => void;
  onNotNow: () => void;
}

/** The second step of an action that cannot be undone: the question, "yes, do it" and "not now". */
export function ConfirmStep({ id, question, yes, busy, onYes, onNotNow }: ConfirmStepProps) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-labelledby={id}>
      <Paragraph id={id}>
        <strong>{question}</strong>
      </Paragraph>
      <ButtonGroup>
        <Button type={onYes ? 'button' : 'submit'} appearance="primary-action-button" busy={busy} disabled={busy} onClick={onYes}>
          {yes}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onNotNow}>
          {t('form.notNow')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
