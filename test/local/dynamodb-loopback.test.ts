import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from '../../functions/local/dynamodb-local.js';

/** The local addresses listening on a TCP port, from the kernel's own tables (Linux). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8').split('\n').slice(1).map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') // 0A: LISTEN
      .map((cols) => cols[1]!.split(':')[0]!),
  );
}

// 127.0.0.1 as IPv4, as IPv4 mapped into IPv6, and ::1 — in the kernel's byte order.
const LOOPBACK = ['0100007F', '0000000000000000FFFF00000100007F', '00000000000000000000000001000000'];

describe('DynamoDB Local as the runtime starts it', () => {
  it('listens on loopback only, never on every interface', async () => {
    const dynamoDb = await startDynamoDbLocal();
    try {
      const port = Number(new URL(dynamoDb.endpoint).port);
      const addresses = listeningAddresses(port);
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) expect(LOOPBACK, `listening on ${address}`).toContain(address);
    } finally {
      await dynamoDb.stop();
    }
  });
});
