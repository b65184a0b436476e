import { actorSchema, roles, type Actor, type Role } from '../../domain/people/actor.schema.js';
import { claimNames } from './claims.js';

type Claims = Record<string, string | number | boolean | string[] | undefined>;

/** API Gateway passes a list claim as "[a b]"; a verified token locally passes a real array. */
function listClaim(value: Claims[string]): string[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return [];
  return value.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
}

const text = (value: Claims[string]) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Who is calling, from the verified token's claims; undefined when the claims do not make a user of a fund. */
export function actorFromClaims(claims: Claims): Actor | undefined {
  const role = listClaim(claims[claimNames.groups]).find((g): g is Role => (roles as readonly string[]).includes(g));
  const parsed = actorSchema.safeParse({
    userId: text(claims[claimNames.subject]),
    name: text(claims[claimNames.name]) ?? text(claims[claimNames.subject]),
    fundId: text(claims[claimNames.fund]),
    role,
    organisationId: text(claims[claimNames.organisation]) ?? text(claims[claimNames.firstOrganisation]),
    discipline: text(claims[claimNames.discipline]),
  });
  return parsed.success ? parsed.data : undefined;
}
