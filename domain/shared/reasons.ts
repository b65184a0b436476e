/**
 * Every reason the fund can give for refusing something, in one list: the domain's rules, its
 * field checks and the HTTP edge. Each code names the parameters its text may use; the web has a
 * Dutch and an English text per code (test/web checks both), so a screen never shows the server's
 * English sentence. Amounts are in cents and end in `Cents`; days are ISO dates and end in `On`.
 */
export const reasonParams = {
  // A field's value, whatever the field (zod's own checks).
  required: [],
  invalid_type: [],
  too_short: ['min'],
  too_long: ['max'],
  too_few: ['min'],
  too_many: ['max'],
  too_small: ['min'],
  too_big: ['max'],
  amount_not_positive: [],
  amount_too_small: ['minCents'],
  amount_too_big: ['maxCents'],
  invalid_choice: [],
  invalid_format: [],
  unknown_field: [],
  invalid_value: [],
  invalid_fields: [],

  // The fund stores no identifying data.
  identifying_bsn: [],
  identifying_birth_date: [],
  identifying_email: [],
  identifying_phone: [],
  identifying_address: [],
  identifying_iban: [],
  identifying_name: [],
  client_ref_bsn: [],
  client_ref_format: [],

  // A request.
  hard_date_needed: [],
  routes_tried_missing: [],
  consent_missing: [],
  consent_in_future: [],
  over_maximum: ['maxCents'],
  hard_date_passed: [],

  // The fund's settings and the learning picture.
  urgent_window_too_long: [],
  disciplines_over_votes: [],
  // The fund's organisations and disciplines.
  unknown_list_entry: [],
  duplicate_name: [],
  list_entry_missing: ['name'],
  disciplines_under_quorum: ['minDisciplines'],
  period_reversed: [],

  // The decision.
  quorum_not_reached: [],
  amount_on_refusal: [],
  dissent_missing: [],
  amount_missing: [],
  over_requested: ['requestedCents'],
  conditions_missing: [],
  over_budget: ['remainingCents', 'annualBudgetCents', 'year'],
  budget_unknown: [],

  // Payment.
  not_a_grant: [],
  over_granted: ['leftCents'],
  conditions_not_met: [],
  paid_in_future: [],
  paid_before_decision: [],

  // Deliberation.
  already_answered: [],
  conflict_already_declared: [],

  // Follow-up and hand-over.
  no_such_moment: ['moments'],
  agreements_kept_needed: [],
  earlier_moment_open: ['moment'],
  not_yet_open: ['opensOn'],
  correction_closed: ['untilOn'],
  follow_up_open: ['moment'],
  not_a_colleague: [],
  already_counsellor: [],

  // Who may: the case policy and the lessons.
  not_counsellor: [],
  not_owner: [],
  not_programme_manager: [],
  not_panel_member: [],
  profile_incomplete: [],
  own_organisation: [],
  conflict_of_interest: [],
  not_author: [],
  other_fund: [],

  // The case's state.
  invalid_transition: ['state'],

  // The HTTP edge.
  invalid_json: [],
  body_missing: [],
  body_too_large: ['maxKiB'],
  unsupported_media_type: [],
  invalid_cursor: [],
  invalid_idempotency_key: [],
  idempotency_key_reused: [],
  unauthenticated: [],
  token_without_expiry: [],
  token_lifetime_too_long: ['maxMinutes'],
  user_disabled: [],
  role_not_allowed: [],
  not_found: [],
  version_conflict: ['currentVersion'],
  unavailable: [],
  internal: [],
  // The local runtime's own routes (its path matcher and the demo sign-in).
  no_route: [],
  method_not_allowed: [],
  bad_path: [],
  demo_sign_in_disabled: [],
  unknown_user: [],
  user_exists: [],
  unknown_organisation: [],
  organisation_inactive: [],
  discipline_needed: ['disciplines'],
  discipline_not_allowed: [],
  user_not_manageable: [],
  unknown_fund: [],
  queue_not_visible: ['state'],
} as const satisfies Record<string, readonly string[]>;

export type ReasonCode = keyof typeof reasonParams;
export const reasonCodes = Object.keys(reasonParams) as [ReasonCode, ...ReasonCode[]];

/** The parameters of one code, by name: numbers, or a state, a day or a list as text. */
export type ParamsOf<R extends ReasonCode> = { [P in (typeof reasonParams)[R][number]]: number | string };
export type ReasonParams = Partial<Record<(typeof reasonParams)[ReasonCode][number], number | string>>;

/** Nothing for a code without parameters; its parameters, required, for a code with them. */
export type ParamsArgument<R extends ReasonCode> = (typeof reasonParams)[R] extends readonly [] ? [params?: undefined] : [params: ParamsOf<R>];

export const isReasonCode = (value: unknown): value is ReasonCode =>
  typeof value === 'string' && Object.hasOwn(reasonParams, value);

/** A reason with what its text needs, e.g. { reason: 'over_maximum', params: { maxCents: 500000 } }. */
export interface Reasoned {
  reason: ReasonCode;
  params?: ReasonParams;
}
