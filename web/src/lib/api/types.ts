import type * as z from 'zod';
import type { OperationId, RouteTable } from './route-manifest';

/**
 * The API's answers and request bodies, typed from the route table's own schemas (type-only: the
 * schemas stay out of the bundle). The API validates its responses against the same schemas.
 */
export type ApiResponse<Op extends OperationId> = z.output<RouteTable[Op]['response']>;

/** What a route takes as its JSON body, before the API's parsing (defaults may be left out). */
export type ApiRequestBody<Op extends OperationId> = RouteTable[Op] extends { body: z.ZodType } ? z.input<RouteTable[Op]['body']> : never;

export type CaseView = ApiResponse<'getCase'>;
export type CasePage = ApiResponse<'listOrganisationCases'>;
export type CaseSummary = CasePage['items'][number];
export type FundView = ApiResponse<'updateFundSettings'>;
export type Me = ApiResponse<'getMe'>;
export type UserView = ApiResponse<'listUsers'>['users'][number];
export type MyVotes = ApiResponse<'listMyVotes'>;
export type OverdueFollowUps = ApiResponse<'listOverdueFollowUps'>;
