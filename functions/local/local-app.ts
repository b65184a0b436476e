import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { runJobEveryMinute } from '../jobs/job-interval.js';
import { createDocumentClient } from '../storage/client.js';
import { ensureTable } from '../storage/ensure-table.js';
import type { Store } from '../storage/store.js';
import { seedDemo } from './demo/seed.js';
import { superviseDynamoDbLocal, type StoreState } from './dynamodb-local.js';
import { createLocalIdentity, type LocalIdentity } from './local-identity.js';
import { startLocalMail, type LocalMail } from './local-mail.js';
import { createLocalServer } from './local-server.js';
import { pollStream } from './stream-poller.js';

export interface LocalAppOptions {
  /** The repository root. */
  root: string;
  /** Where DynamoDB Local keeps its data (absolute); in memory when left out. */
  dataDir?: string;
  /** Where the signing key is kept so tokens survive a restart; in memory when left out. */
  keyFile?: string;
  port: number;
  /** The address to listen on: loopback unless asked otherwise, so the demo is not reachable from the network. */
  host?: string;
  /** The password-less demo sign-in; off by default when listening beyond loopback. */
  demoSignIn?: boolean;
  table: string;
  seed: boolean;
  webDir?: string;
  now?: () => Date;
  /** Runs the scheduled job every minute (reminders, closing, retention), as the schedule does on AWS; on unless false. */
  runJob?: boolean;
  /** Mails the notifications and daily digests to a local SES v2 emulator with a web inbox on this port; off unless given. */
  mail?: { port: number };
}

export interface LocalApp {
  url: string;
  dynamoDbEndpoint: string;
  store: Store;
  identity: LocalIdentity;
  seeded: 'seeded' | 'already-seeded' | 'not-asked';
  storeState: () => StoreState;
  /** The DynamoDB Local process now serving, by id. */
  storePid: () => number | undefined;
  /** The local mail inbox, when mail is on. */
  mail?: Pick<LocalMail, 'url' | 'pid'>;
  stop: () => Promise<void>;
}

export const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || /^127\./.test(host);

/**
 * The whole application on one machine: DynamoDB Local, the table from the shared definition, the
 * demo data, and the route table served over HTTP by the Lambda handlers themselves.
 */
export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const dynamoDb = await superviseDynamoDbLocal({
    ...(options.dataDir ? { dataDir: resolve(options.dataDir) } : {}),
    onStateChange: (state) => state !== 'stopped' && console.warn(state === 'up' ? 'DynamoDB Local is back; serving again.' : 'DynamoDB Local stopped; restarting it on the same data …'),
  });
  let mail: LocalMail | undefined;
  try {
    // The handlers find the store through the environment, as they do on Lambda.
    process.env.DYNAMODB_ENDPOINT = dynamoDb.endpoint;
    process.env.TABLE_NAME = options.table;
    process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
    const store: Store = { db: createDocumentClient(dynamoDb.endpoint), table: options.table };
    await ensureTable(store);
    const seeded = options.seed ? await seedDemo(store, (options.now ?? (() => new Date()))()) : 'not-asked';
    const identity = await createLocalIdentity(options.keyFile);
    const host = options.host ?? '127.0.0.1';
    const server = createLocalServer({
      store,
      identity,
      root: options.root,
      storeState: dynamoDb.state,
      demoSignIn: options.demoSignIn ?? isLoopback(host),
      ...(options.webDir ? { webDir: options.webDir } : {}),
    });
    await new Promise<void>((done, fail) => server.once('error', fail).listen(options.port, host, done));
    const { port } = server.address() as AddressInfo;
    const shown = isLoopback(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    const url = `http://${shown}:${port}`;
    mail = options.mail ? await startLocalMail({ root: options.root, port: options.mail.port, store, appUrl: () => url }) : undefined;
    const stopPolling = mail ? await pollStream({ endpoint: dynamoDb.endpoint, table: options.table, mailer: mail.mailer }) : async () => {};
    const stopJob = options.runJob === false ? async () => {} : runJobEveryMinute(store, options.now, mail ? { mailer: mail.mailer } : {});
    const stop = async () => {
      await stopJob();
      await stopPolling();
      await mail?.stop();
      await new Promise<void>((done) => server.close(() => done()));
      store.db.destroy();
      await dynamoDb.stop();
    };
    return { url, dynamoDbEndpoint: dynamoDb.endpoint, store, identity, seeded, storeState: dynamoDb.state, storePid: dynamoDb.pid, ...(mail ? { mail: { url: mail.url, pid: mail.pid } } : {}), stop };
  } catch (error) {
    await mail?.stop();
    await dynamoDb.stop();
    throw error;
  }
}
