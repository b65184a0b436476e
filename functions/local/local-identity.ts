import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import type { Actor } from '../../domain/people/actor.schema.js';
import { claimsOf } from '../people/claims-of-user.js';
import { MAX_TOKEN_LIFETIME_SECONDS, tokenAudience } from '../people/claims.js';

export const LOCAL_ISSUER = 'doorbraak-local-sign-in';
const ALGORITHM = 'ES256';
// As long as the API accepts (Cognito's ID tokens live as long): the demo signs in again after it.
const TOKEN_LIFETIME_SECONDS = MAX_TOKEN_LIFETIME_SECONDS;

export interface LocalIdentity {
  issue: (actor: Actor) => Promise<string>;
  /** The verified claims, or throws: what API Gateway's JWT authorizer does on AWS. */
  verify: (token: string) => Promise<JWTPayload>;
}

async function loadOrCreateKeys(keyFile?: string): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }> {
  if (keyFile && existsSync(keyFile)) {
    const { privateJwk, publicJwk } = JSON.parse(readFileSync(keyFile, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
    return {
      privateKey: (await importJWK(privateJwk, ALGORITHM)) as CryptoKey,
      publicKey: (await importJWK(publicJwk, ALGORITHM)) as CryptoKey,
    };
  }
  const pair = await generateKeyPair(ALGORITHM, { extractable: true });
  if (keyFile) {
    const json = { privateJwk: await exportJWK(pair.privateKey), publicJwk: await exportJWK(pair.publicKey) };
    writeFileSync(keyFile, JSON.stringify(json), { mode: 0o600 });
  }
  return pair;
}

/**
 * Signs and verifies tokens with the claims Cognito will carry. The key is kept in the data folder
 * so that tokens survive a restart; tests use a key in memory.
 */
export async function createLocalIdentity(keyFile?: string): Promise<LocalIdentity> {
  const { privateKey, publicKey } = await loadOrCreateKeys(keyFile);
  return {
    issue: (actor) => {
      // One clock reading for both, so that a second ticking over never makes the lifetime too long.
      const issuedAt = Math.floor(Date.now() / 1000);
      return new SignJWT(claimsOf(actor))
        .setProtectedHeader({ alg: ALGORITHM })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(tokenAudience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + TOKEN_LIFETIME_SECONDS)
        .sign(privateKey);
    },
    verify: async (token) =>
      (await jwtVerify(token, publicKey, { issuer: LOCAL_ISSUER, audience: tokenAudience, algorithms: [ALGORITHM] })).payload,
  };
}
