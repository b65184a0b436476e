import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../../../domain/case/lifecycle';

const tone: Record<CaseState, string> = {
  draft: 'neutral',
  submitted: 'active',
  screened: 'active',
  screened_out: 'inactive',
  in_deliberation: 'active',
  awaiting_answer: 'warning',
  decided: 'safe',
  paid: 'safe',
  follow_up: 'active',
  closed: 'inactive',
  withdrawn: 'inactive',
};

export function StateBadge({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  return <StatusBadge status={tone[state]}>{t(`state.${state}`)}</StatusBadge>;
}

export function UrgentBadge() {
  const { t } = useTranslation();
  return <StatusBadge status="danger">{t('case.urgent')}</StatusBadge>;
}
