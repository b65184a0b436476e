import type { ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';

/** What the local server can send a body as: brotli, gzip, or as it is. */
export type Encoding = 'br' | 'gzip' | 'identity';

/** Below this size compressing an answer on the fly gains less than it costs; CloudFront uses the same floor. */
export const MIN_COMPRESSED_BYTES = 1000;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;

/**
 * The encoding a request accepts best, from its Accept-Encoding (RFC 9110 §12.5.3): the highest
 * q-value among br and gzip, brotli on a tie (it is smaller); `*` stands for either one not named;
 * q=0 refuses. Nothing acceptable, or no header: the body as it is.
 */
export function chosenEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    weights.set(name.trim(), Number.isFinite(weight) ? Math.min(weight, 1) : 0);
  }
  const weightOf = (name: 'br' | 'gzip') => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gzip = weightOf('gzip');
  if (br <= 0 && gzip <= 0) return 'identity';
  return br >= gzip ? 'br' : 'gzip';
}

/** Whether a body of this type is text that compresses (not an image or font that already is compressed). */
export const compressible = (contentType: string | undefined): boolean => COMPRESSIBLE.test(contentType ?? '');

/** Compresses an answer made for one request (the API's JSON): fast settings, on the spot. */
export function compress(body: Buffer, encoding: Exclude<Encoding, 'identity'>): Buffer {
  return encoding === 'gzip' ? gzipSync(body, { level: 6 }) : brotliCompressSync(body, brotli(body, 5));
}

/** The best compression, off the main thread (zlib's thread pool): for what is compressed once and kept. */
export function compressBest(body: Buffer, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  return encoding === 'gzip' ? promisify(gzip)(body, { level: 9 }) : promisify(brotliCompress)(body, brotli(body, constants.BROTLI_MAX_QUALITY));
}

const brotli = (body: Buffer, quality: number): BrotliOptions => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
});

/**
 * Sends a body compressed as the request accepts, if its type is text: with Content-Encoding, the
 * length of what is sent, and `Vary: Accept-Encoding` so a cache keeps the versions apart.
 * `encoded` gives a version compressed before (the built app's files, whatever their size);
 * otherwise a body of at least MIN_COMPRESSED_BYTES is compressed now.
 */
export async function sendBody(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
  encoded?: (encoding: Exclude<Encoding, 'identity'>) => Promise<Buffer>,
): Promise<void> {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  let sent = body;
  if (!lower['content-encoding'] && compressible(lower['content-type'])) {
    lower.vary = lower.vary ? `${lower.vary}, Accept-Encoding` : 'Accept-Encoding';
    const encoding = chosenEncoding(res.req.headers['accept-encoding']);
    if (encoding !== 'identity' && (encoded || body.length >= MIN_COMPRESSED_BYTES)) {
      sent = encoded ? await encoded(encoding) : compress(body, encoding);
      lower['content-encoding'] = encoding;
    }
  }
  res.writeHead(status, { ...lower, 'content-length': String(sent.length) });
  res.end(res.req.method === 'HEAD' ? undefined : sent);
}
