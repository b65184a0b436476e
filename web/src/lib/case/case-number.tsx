import { useTranslation } from 'react-i18next';
import { caseNumber } from '../../../../domain/case/case-number';

/** The case's short number, as notifications and e-mails name the case (they never carry the client reference). */
export function CaseNumber({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return <span className="doorbraak-muted">{t('inbox.caseNumber', { number: caseNumber(caseId) })}</span>;
}
