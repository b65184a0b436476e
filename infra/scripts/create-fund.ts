/**
 * Creates a fund in a deployed stack and invites its first programme manager, who then invites
 * everyone else from the web app. Run once per fund (see docs/deploy.md):
 *
 *   npx tsx infra/scripts/create-fund.ts --table <TableName> --user-pool <UserPoolId> \
 *     --fund infra/scripts/fund.example.json --email m.jansen@gemeente.nl --name "M. Jansen" --organisation gemeente
 *
 * Uses the AWS credentials and region of the shell (AWS_PROFILE, AWS_REGION).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fundSchema } from '../../domain/fund/fund.schema.js';
import { putFund } from '../../functions/fund/fund.repository.js';
import { cognitoUserDirectory } from '../../functions/people/cognito-user-directory.js';
import { createDocumentClient } from '../../functions/storage/client.js';

const { values } = parseArgs({
  options: {
    table: { type: 'string' },
    'user-pool': { type: 'string' },
    fund: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string' },
  },
});

function required(name: keyof typeof values): string {
  const value = values[name];
  if (!value) throw new Error(`--${name} is required; see the comment at the top of this script.`);
  return value;
}

const fund = fundSchema.parse(JSON.parse(readFileSync(required('fund'), 'utf8')));
const organisationId = required('organisation');
if (!fund.organisations.some((o) => o.id === organisationId))
  throw new Error(`--organisation must be one of the fund's organisations: ${fund.organisations.map((o) => o.id).join(', ')}`);

// createOnly: running the script twice never overwrites the settings of a fund in use.
await putFund({ db: createDocumentClient(''), table: required('table') }, fund, { createOnly: true });
const invited = await cognitoUserDirectory(required('user-pool')).invite({
  userId: '', fundId: fund.id, email: required('email'), name: required('name'), role: 'programme_manager', organisationId,
});
console.log(invited === 'exists' ? `Fund ${fund.id} created; ${values.email} already has an account.` : `Fund ${fund.id} created; invitation sent to ${values.email}.`);
