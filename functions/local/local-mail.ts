import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer } from '../notifications/mailer.js';
import { stopChild, untilAnswering } from './child-process.js';
import { localUserDirectory } from '../people/local-user-directory.js';
import type { Store } from '../storage/store.js';

export interface LocalMail {
  /** The web inbox and the SES v2 API of the emulator. */
  url: string;
  mailer: Mailer;
  pid: () => number | undefined;
  stop: () => Promise<void>;
}

/** The sender of the fund's e-mail on this machine. */
export const localMailFrom = 'fonds@doorbraak.example';

/** A demo user without an address gets one, so a newcomer sees every e-mail the fund would send. */
const demoAddress = (fundId: string, userId: string) => `${userId}@${fundId}.doorbraak.example`;

/**
 * The local SES v2 emulator (aws-ses-v2-local) as a child process, and a mailer that sends to it
 * through the same SES v2 client as on AWS.
 */
export async function startLocalMail(options: { root: string; port: number; store: Store; appUrl: () => string }): Promise<LocalMail> {
  const bin = join(options.root, 'node_modules/.bin/aws-ses-v2-local');
  const child = spawn(bin, ['--port', String(options.port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://localhost:${options.port}`;
  const stop = () => stopChild(child);
  await untilAnswering(child, async () => (await fetch(`http://127.0.0.1:${options.port}/store`)).ok, {
    exited: () => `The local mail inbox stopped at start (port ${options.port} taken? MAIL_PORT chooses another): ${stderr.trim()}`,
    timedOut: `The local mail inbox did not answer on port ${options.port} within 20 s.`,
  }, 20_000).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const ses = new SESv2Client({ endpoint: `http://127.0.0.1:${options.port}`, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const users = localUserDirectory(options.store);
  const withAddress = <U extends { fundId: string; userId: string; email?: string | undefined }>(u: U): U => ({ ...u, email: u.email ?? demoAddress(u.fundId, u.userId) });
  const mailer: Mailer = {
    ses,
    directory: () => ({
      findUser: async (fundId, userId) => {
        const found = await users.findUser(fundId, userId);
        return found && withAddress(found);
      },
      listUsers: async (fundId) => (await users.listUsers(fundId)).map(withAddress),
    }),
    from: () => localMailFrom,
    appUrl: options.appUrl,
  };
  return {
    url,
    mailer,
    pid: () => child.pid,
    stop: async () => {
      ses.destroy();
      await stop();
    },
  };
}
