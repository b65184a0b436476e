/** Proof Key for Code Exchange (RFC 7636): the parts that must be exactly right. */

const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

/** A code verifier: 64 characters from the unreserved set (RFC 7636 allows 43–128). */
export function createCodeVerifier(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(64));
  // 64 of the 66 unreserved characters: 256 is a multiple of 64, so every character is equally likely.
  return Array.from(bytes, (byte) => UNRESERVED[byte % 64]).join('');
}

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The S256 code challenge: base64url(SHA-256(verifier)), without padding. */
export async function codeChallengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** A random value for `state` (against cross-site request forgery). */
export const createState = (random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b)): string =>
  base64Url(random(new Uint8Array(24)));
