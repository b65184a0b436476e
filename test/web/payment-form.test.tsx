import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PaymentForm } from '../../web/src/features/manager/components/payment-form';
import { renderScreen } from './support/render';
import { aCaseView } from './support/views';

const decided = (terms: { conditions?: string; agreements?: string }) =>
  aCaseView({ actions: ['recordPayment'] }, {
    state: 'decided',
    decision: {
      outcome: 'granted_with_conditions', amountCents: 2_000_00, reasoning: 'Toegekend.', ...terms,
      decidedAt: '2026-11-20T10:00:00.000Z', decidedBy: { userId: 'marieke', name: 'Marieke', role: 'programme_manager' },
    },
  }).case;

describe('paying a grant with conditions', () => {
  const met = 'Aan de voorwaarden vóór betaling is voldaan';

  it('asks the manager to confirm conditions to meet before payment', () => {
    renderScreen(<PaymentForm kase={decided({ conditions: 'Eerst de eindafrekening.' })} onPay={async () => undefined} />);
    expect(screen.getByLabelText(met)).toBeTruthy();
  });

  it('does not ask it of agreements for afterwards, which the follow-up asks about', () => {
    renderScreen(<PaymentForm kase={decided({ agreements: 'Budgetcoaching gedurende twaalf maanden.' })} onPay={async () => undefined} />);
    expect(screen.queryByLabelText(met)).toBeNull();
  });
});
