import { describe, expect, it } from 'vitest';
import { caseActionNames, rolesOf } from '../../domain/case/actions.js';
import { routeList } from '../../functions/api/routes.js';

describe('the routes of case actions', () => {
  const actionRoutes = routeList.filter((r) => r.action !== undefined);

  it('give every case action exactly one route', () => {
    expect(actionRoutes.map((r) => r.action).sort()).toEqual([...caseActionNames].sort());
  });

  it.each(actionRoutes.map((r) => ({ operationId: r.operationId, action: r.action!, roles: r.roles })))(
    '$operationId lets in exactly the roles the table gives $action',
    ({ action, roles }) => {
      expect(roles).toEqual(rolesOf(action));
    },
  );

  it('leave no route about a case state-changing without its action', () => {
    const writesOnACase = routeList.filter((r) => r.path.startsWith('/api/cases/{caseId}') && r.method !== 'GET');
    expect(writesOnACase.filter((r) => r.action === undefined).map((r) => r.operationId)).toEqual([]);
  });
});
