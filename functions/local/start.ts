import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoUsers } from './demo/demo-funds.js';
import { isLoopback, startLocalApp } from './local-app.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = join(root, '.data');
const port = Number(process.env.PORT ?? 3000);
const mailPort = Number(process.env.MAIL_PORT ?? 8005);
// Loopback unless HOST says otherwise: the demo users sign in without a password.
const host = process.env.HOST ?? '127.0.0.1';
const demoSignIn = isLoopback(host) || process.env.ALLOW_DEMO_SIGN_IN === 'true';

process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
mkdirSync(dataDir, { recursive: true });

console.log('Starting DynamoDB Local (data in .data/dynamodb) …');
const app = await startLocalApp({
  root,
  dataDir: join(dataDir, 'dynamodb'),
  keyFile: join(dataDir, 'local-signing-key.json'),
  port,
  host,
  demoSignIn,
  table: 'doorbraak',
  seed: true,
  webDir: join(root, 'web/dist'),
  mail: { port: mailPort },
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

console.log(app.seeded === 'seeded' ? 'Seeded the demo funds, users and cases.' : 'Demo data found; nothing seeded.');
console.log(`
Doorbraak runs on ${app.url}
  web app      ${app.url}/  (sign in as one of the demo users)
  API          ${app.url}/api/health, described at ${app.url}/api/openapi.json
  e-mail       ${app.mail?.url ?? `http://localhost:${mailPort}`}  (the local inbox: every e-mail the fund would send)
  demo users   ${demoUsers.map((u) => `${u.userId} (${u.role.replace('_', ' ')})`).join(', ')}
Stop with Ctrl+C. Delete the .data folder to start again from the demo data.`);
if (!demoSignIn)
  console.warn(`The demo sign-in is OFF: HOST=${host} reaches beyond this machine and the demo users have no password. Set ALLOW_DEMO_SIGN_IN=true to allow it anyway.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
