// Every closed list of the domain, written once: the API validates against these values,
// the admin offers them as choices (labels live in the admin's message files).

export const ROLES = ['admin', 'programme_lead', 'acceleration_manager', 'referent'] as const;
export type Role = (typeof ROLES)[number];

export const SEASON_STATUSES = ['draft', 'call_open', 'selection', 'accompaniment', 'closed'] as const;
export type SeasonStatus = (typeof SEASON_STATUSES)[number];

export const ORGANISATION_KINDS = [
  'association',
  'ministry',
  'directorate',
  'deconcentrated_service',
  'local_authority',
  'public_agency',
  'public_institution',
  'university',
  'company',
  'foundation',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
/** Kinds of the public administrations a laureate is introduced to or partners with (public partners). */
export const PUBLIC_ADMINISTRATION_KINDS = [
  'ministry',
  'directorate',
  'deconcentrated_service',
  'local_authority',
  'public_agency',
  'public_institution',
  'university',
] as const satisfies readonly OrganisationKind[];

// `export` (right of access) and `anonymise` (right to erasure) of a contact; `redact` is written by the database
// function that blanks a record's personal values in its past events (docs/personal-data.md).
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'export', 'anonymise', 'redact'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const TRACKS = ['dinum', 'ditp'] as const;
export type Track = (typeof TRACKS)[number];

export const LAUREATE_PHASES = ['phase1', 'phase2', 'completed', 'stopped'] as const;
export type LaureatePhase = (typeof LAUREATE_PHASES)[number];
/** Phases of a laureate still accompanied; the others ended (contacts then fall under the retention period). */
export const ACTIVE_LAUREATE_PHASES = ['phase1', 'phase2'] as const satisfies readonly LaureatePhase[];

export const HEALTHS = ['on_track', 'at_risk', 'blocked'] as const;
export type Health = (typeof HEALTHS)[number];

export const AXES = ['consolidate', 'integrate', 'deploy'] as const;
export type Axis = (typeof AXES)[number];

export const REFERENT_KINDS = ['interministerial', 'ministerial'] as const;
export type ReferentKind = (typeof REFERENT_KINDS)[number];

export const PARTNERSHIP_PURPOSES = [
  'deployment',
  'information_system',
  'expertise',
  'funding',
  'data',
  'regulation',
  'other',
] as const;
export type PartnershipPurpose = (typeof PARTNERSHIP_PURPOSES)[number];

/** The introduction pipeline, in order; `dropped` leaves it. */
export const PARTNERSHIP_STATUSES = ['identified', 'introduced', 'meeting_held', 'agreement', 'deployed', 'dropped'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
/** Partnerships past the first meeting: the ones a committee pack names (the others are counted). */
export const ENGAGED_PARTNERSHIP_STATUSES = ['meeting_held', 'agreement', 'deployed'] as const satisfies readonly PartnershipStatus[];

export const OBJECTIVE_STATUSES = ['open', 'achieved', 'abandoned'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export const SUPPORT_TYPES = ['methodological', 'technical', 'legal_administrative', 'financial', 'networking'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = ['done', 'cancelled'];

export const INTERACTION_KINDS = ['meeting', 'call', 'email', 'workshop', 'introduction', 'event', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const COMMITTEE_KINDS = ['acceleration', 'engagement'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const COMMITTEE_STATUSES = ['planned', 'in_session', 'closed'] as const;
export type CommitteeStatus = (typeof COMMITTEE_STATUSES)[number];

export const DECISION_OUTCOMES = ['continue', 'continue_with_conditions', 'stop'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const COMMITMENT_KINDS = ['co_funding', 'staff_time', 'data_access', 'deployment', 'procurement', 'other'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const COMMITMENT_STATUSES = ['promised', 'in_progress', 'honoured', 'not_honoured'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const GRANT_PURPOSES = ['hiring', 'technical_infrastructure', 'legal', 'communication', 'other'] as const;
export type GrantPurpose = (typeof GRANT_PURPOSES)[number];

export const GRANT_STATUSES = ['proposed', 'agreement_signed', 'partially_paid', 'paid', 'closed'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

// Impact (issue 16)
export const INDICATOR_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const AUTONOMY_LEVELS = ['yes', 'partly', 'no'] as const;
export type AutonomyLevel = (typeof AUTONOMY_LEVELS)[number];

/** Filled in by the laureate's manager (`draft` → `submitted`), validated by a programme lead; validated is read-only. */
export const OUTCOME_SURVEY_STATUSES = ['draft', 'submitted', 'validated'] as const;
export type OutcomeSurveyStatus = (typeof OUTCOME_SURVEY_STATUSES)[number];
/** The bounds of `monthsSaved` and the band the programme publishes ("8 of 9 saved 12 to 24 months"). */
export const MONTHS_SAVED_MAX = 36;
export const MONTHS_SAVED_BAND = [12, 24] as const;
