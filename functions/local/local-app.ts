import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { runJobEveryMinute } from '../jobs/job-interval.js';
import { createDocumentClient } from '../storage/client.js';
import { ensureTable } from '../storage/ensure-table.js';
import type { Store } from '../storage/store.js';
import { seedDemo } from './demo/seed.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { createLocalIdentity, type LocalIdentity } from './local-identity.js';
import { createLocalServer } from './local-server.js';

export interface LocalAppOptions {
  /** The repository root. */
  root: string;
  /** Where DynamoDB Local keeps its data (absolute); in memory when left out. */
  dataDir?: string;
  /** Where the signing key is kept so tokens survive a restart; in memory when left out. */
  keyFile?: string;
  port: number;
  table: string;
  seed: boolean;
  webDir?: string;
  now?: () => Date;
  /** Runs the scheduled job every minute (reminders, closing, retention), as the schedule does on AWS; on unless false. */
  runJob?: boolean;
}

export interface LocalApp {
  url: string;
  dynamoDbEndpoint: string;
  store: Store;
  identity: LocalIdentity;
  seeded: 'seeded' | 'already-seeded' | 'not-asked';
  stop: () => Promise<void>;
}

/**
 * The whole application on one machine: DynamoDB Local, the table from the shared definition, the
 * demo data, and the route table served over HTTP by the Lambda handlers themselves.
 */
export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const dynamoDb = await startDynamoDbLocal(options.dataDir ? { dataDir: resolve(options.dataDir) } : {});
  try {
    // The handlers find the store through the environment, as they do on Lambda.
    process.env.DYNAMODB_ENDPOINT = dynamoDb.endpoint;
    process.env.TABLE_NAME = options.table;
    process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
    const store: Store = { db: createDocumentClient(dynamoDb.endpoint), table: options.table };
    await ensureTable(store);
    const seeded = options.seed ? await seedDemo(store, (options.now ?? (() => new Date()))()) : 'not-asked';
    const identity = await createLocalIdentity(options.keyFile);
    const server = createLocalServer({ store, identity, root: options.root, ...(options.webDir ? { webDir: options.webDir } : {}) });
    await new Promise<void>((done, fail) => server.once('error', fail).listen(options.port, done));
    const { port } = server.address() as AddressInfo;
    const stopJob = options.runJob === false ? async () => {} : runJobEveryMinute(store, options.now);
    const stop = async () => {
      await stopJob();
      await new Promise<void>((done) => server.close(() => done()));
      store.db.destroy();
      await dynamoDb.stop();
    };
    return { url: `http://localhost:${port}`, dynamoDbEndpoint: dynamoDb.endpoint, store, identity, seeded, stop };
  } catch (error) {
    await dynamoDb.stop();
    throw error;
  }
}
