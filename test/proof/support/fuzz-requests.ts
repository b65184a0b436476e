import fc from 'fast-check';
import type { Route } from '../../../functions/api/route.js';
import { keys } from '../../../functions/storage/keys.js';
import type { Call } from './proof-api.js';

/**
 * Requests an attacker or a broken client would send, made from a valid one: each field dropped,
 * replaced by a wrong type, a boundary number, a long or strange Unicode string, `__proto__` and
 * `constructor` keys, deep nesting, bodies over the size limit, bad JSON and the wrong content type.
 */

const strangeStrings = [
  '', ' ', '\u0000', '\u202eevil', '\ud800', '𝕯𝖔𝖔𝖗𝖇𝖗𝖆𝖆𝖐', 'ﷺ', 'Z̴̡̙̈́a̷̛͇l̵̰͝g̷̺̓o̵͍͒', '👩‍👩‍👧‍👦'.repeat(50), 'null', 'undefined', 'NaN',
  '<script>alert(1)</script>', "' OR 1=1 --", '${jndi:ldap://x/a}', '{{7*7}}', '../../etc/passwd', '__proto__', 'constructor',
  keys.case('x').PK, 'PK', '#version = :expected', 'x'.repeat(5_001), 'é'.repeat(20_000), '123456782', 'noor@example.org',
];

const strangeString = fc.oneof(
  fc.constantFrom(...strangeStrings),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const boundaryNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 0.5, -0.0001, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, 1e21),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const nested = (depth: number): unknown => {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  strangeString,
  boundaryNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(nested(50), nested(500), [], {}, [[]], { length: 1e9 }),
  fc.array(fc.oneof(strangeString, boundaryNumber), { maxLength: 5 }),
  fc.dictionary(strangeString, strangeString, { maxKeys: 3 }),
);

const extraKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'isAdmin', 'fundId', 'state', 'version', 'PK'), strangeString);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON value: a list of keys from the root. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return here;
}

/** Changes a copy of the value at a path; JSON text is built by hand so `__proto__` stays an own key. */
function mutateAt(value: unknown, path: (string | number)[], change: (parent: Record<string, unknown>, key: string | number) => void): unknown {
  const copy = JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key as string] as Record<string, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

function toJsonText(value: unknown, extra?: { key: string; value: unknown }): string {
  const text = JSON.stringify(value ?? {});
  if (!extra || !text.startsWith('{')) return text;
  const pair = `${JSON.stringify(extra.key)}:${JSON.stringify(extra.value) ?? 'null'}`;
  return text === '{}' ? `{${pair}}` : `{${pair},${text.slice(1)}`;
}

const bodyMutation = (valid: unknown) => {
  const paths = pathsOf(valid);
  const atPath = paths.length ? fc.constantFrom(...paths) : fc.constant(['x'] as (string | number)[]);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({ raw: JSON.stringify(valid ?? {}) }) },
    { weight: 3, arbitrary: atPath.map((p) => ({ raw: JSON.stringify(mutateAt(valid, p, (o, k) => delete o[k as string])) })) },
    { weight: 6, arbitrary: fc.tuple(atPath, strangeValue).map(([p, v]) => ({ raw: JSON.stringify(mutateAt(valid, p, (o, k) => (o[k as string] = v))) })) },
    { weight: 3, arbitrary: fc.tuple(extraKey, strangeValue).map(([key, value]) => ({ raw: toJsonText(valid, { key, value }) })) },
    { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"polluted":1}}}').map((raw) => ({ raw })) },
    { weight: 1, arbitrary: strangeValue.map((v) => ({ raw: JSON.stringify(v) ?? 'null' })) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '', '{', '{"a":}', 'nul', '[1,2', '{"a":1}{"b":2}', "{'a':1}", '\u0000', '\ufeff{}', '[' .repeat(20_000) + ']'.repeat(20_000),
        '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000), JSON.stringify({ pad: 'x'.repeat(70 * 1024) }), JSON.stringify({ pad: 'x'.repeat(1100 * 1024) }),
      ).map((raw) => ({ raw })),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((cut) => ({ raw: JSON.stringify(valid ?? {}).slice(0, -cut) })) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/jsonp', '')
        .map((type) => ({ raw: JSON.stringify(valid ?? {}), contentType: type })),
    },
  );
};

/** Percent-encodes any string; a lone surrogate (which cannot be sent as UTF-8) becomes U+FFFD first. */
const encode = (x: string) => encodeURIComponent(x.replace(/(?<![\ud800-\udbff])[\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])/g, '\ufffd'));

const segment = fc.oneof(
  fc.constantFrom('x', 'no-such-case', '..', '%2e%2e', '%ZZ', '%00', 'a%2Fb', encode('💥'), 'A'.repeat(65), 'A'.repeat(5000), '-', '%20', 'CASE%23x', '1e3', '0', '7'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map(encode),
  strangeString.filter((x) => x.length > 0).map((x) => encode(x).slice(0, 2000)),
);

const queryPart = fc.oneof(
  fc.constantFrom('limit=0', 'limit=-1', 'limit=101', 'limit=1e9', 'limit=abc', 'limit=1&limit=2', 'cursor=', 'cursor=%%%', 'cursor=eyJQSyI6MX0',
    'cursor=eyJQSyI6IkNBU0UjeCIsIlNLIjoiQ0FTRSJ9', 'from=2026-13&to=2026-01', 'from=0000-00', 'year=99999', 'amountCents=-5', 'unread=maybe', '__proto__[x]=1', 'constructor=1'),
  // API Gateway refuses a request line over 10 KiB before any function runs; stay below it.
  fc.tuple(strangeString, strangeString).map(([k, v]) => `${encode(k).slice(0, 1000)}=${encode(v).slice(0, 2000)}`),
);

export interface FuzzCase {
  call: Call;
  /** Whether to send the route's authorised caller's token, or none at all. */
  withToken: boolean;
}

/** Arbitrary requests to one route, made from its valid request. */
export function fuzzCalls(route: Route, valid: Call): fc.Arbitrary<FuzzCase> {
  const [pathOnly, validQuery = ''] = valid.path.split('?');
  const templateParts = route.path.split('/');
  const pathParts = pathOnly!.split('/');
  const paramIndexes = templateParts.flatMap((p, i) => (p.startsWith('{') ? [i] : []));
  const body = bodyMutation(valid.body);

  const withPath = fc.oneof(
    { weight: 4, arbitrary: fc.constant(pathOnly!) },
    ...(paramIndexes.length
      ? [{ weight: 2, arbitrary: fc.tuple(fc.constantFrom(...paramIndexes), segment).map(([i, s]) => pathParts.map((p, j) => (j === i ? s : p)).join('/')) }]
      : []),
  );
  const withQuery = fc.oneof(
    { weight: 3, arbitrary: fc.constant(validQuery) },
    { weight: 2, arbitrary: fc.array(queryPart, { minLength: 1, maxLength: 3 }).map((parts) => [validQuery, ...parts].filter(Boolean).join('&')) },
  );
  const headers = fc.oneof(
    { weight: 5, arbitrary: fc.constant({} as Record<string, string>) },
    { weight: 1, arbitrary: fc.constantFrom('"0"', '"999"', 'W/"1"', '*', 'abc', '""').map((v) => ({ 'if-match': v })) },
    { weight: 1, arbitrary: fc.constantFrom('', 'k', 'x'.repeat(300), '../../', 'é', 'a b').map((v) => ({ 'idempotency-key': v })) },
  );
  const method = fc.oneof({ weight: 12, arbitrary: fc.constant(route.method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE') });

  return fc.record({ path: withPath, query: withQuery, body, headers, method, withToken: fc.oneof({ weight: 15, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) })
    .map(({ path, query, body: b, headers: h, method: m, withToken }) => {
      const sendsBody = route.body !== undefined || m !== 'GET';
      const contentType = 'contentType' in b ? (b.contentType as string) : 'application/json';
      return {
        withToken,
        call: {
          method: m,
          path: query ? `${path}?${query}` : path,
          ...(sendsBody && m !== 'GET' ? { raw: b.raw } : {}),
          headers: { ...(sendsBody && m !== 'GET' && contentType ? { 'content-type': contentType } : {}), ...h },
        },
      };
    });
}

export type { Json };
