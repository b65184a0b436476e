/**
 * `npm run reindex -- <table name>`: writes every case's index keys again, as the current code
 * computes them, and its follow-up reports' entries in the manager's lists of reports. Run it once
 * against a deployed table after a release that adds an index (the archive's byFund in 2026-12),
 * when the deploy has finished and the index is active, or a list (the reports, 2026-12); the local
 * runtime does this by itself (`ensureTable`). AWS credentials and region come from the usual
 * environment (AWS_PROFILE, AWS_REGION); DYNAMODB_ENDPOINT points it at DynamoDB Local instead.
 */
import { reindexCases } from '../functions/storage/ensure-table.js';
import { createDocumentClient } from '../functions/storage/client.js';

export async function main(args: readonly string[]): Promise<number> {
  const table = args[0];
  if (!table) {
    console.error('Name the table: npm run reindex -- <table name> (the stack output TableName).');
    return 2;
  }
  const db = createDocumentClient();
  try {
    const count = await reindexCases({ db, table }, (done) => process.stdout.write(`\r${done} cases written`));
    console.log(`\r${count} cases of ${table} have their index keys and report entries again.`);
    return 0;
  } finally {
    db.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
