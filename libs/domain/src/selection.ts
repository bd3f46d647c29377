// The selection of a season (issue 15): calls for applications, applications, evaluators and their evaluations.
// The API validates against these values, the admin offers them as choices; docs/selection.md explains them.

/** A call for applications, one per season and track. */
export const CALL_STATUSES = ['draft', 'open', 'closed', 'decided'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** Who carries a project: the first published eligibility condition (an association and/or a public administration). */
export const CARRIER_KINDS = ['association', 'administration', 'both', 'other'] as const;
export type CarrierKind = (typeof CARRIER_KINDS)[number];

export const APPLICATION_STATUSES = ['received', 'eligible', 'ineligible', 'shortlisted', 'selected', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * The status changes a programme lead may make (the API answers 409 to any other; staying put is no change).
 * received → eligible | ineligible → shortlisted → selected | rejected, or withdrawn; a few steps back correct a
 * mistake (ineligible → eligible on review, shortlisted → eligible, selected → shortlisted while not yet promoted).
 * `rejected` and `withdrawn` are final; a promoted application (laureateId set) changes no more.
 */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  received: ['eligible', 'ineligible', 'withdrawn'],
  eligible: ['shortlisted', 'ineligible', 'rejected', 'withdrawn'],
  ineligible: ['eligible', 'withdrawn'],
  shortlisted: ['selected', 'rejected', 'eligible', 'withdrawn'],
  selected: ['shortlisted', 'rejected', 'withdrawn'],
  rejected: [],
  withdrawn: [],
};

export const canMoveApplication = (from: ApplicationStatus, to: ApplicationStatus): boolean =>
  from === to || APPLICATION_TRANSITIONS[from].includes(to);

/** The steps of the selection funnel, in order: each counts the applications that reached it. */
export const FUNNEL_STEPS = ['received', 'eligible', 'shortlisted', 'selected'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** An evaluator's panel: the jury of qualified personalities, or the citizens' panel. */
export const PANELS = ['jury', 'citizen'] as const;
export type Panel = (typeof PANELS)[number];

export const EVALUATION_STATUSES = ['draft', 'submitted'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** The five published selection criteria, each scored 0–5, in the order of the selection page. */
export const CRITERIA = ['generalInterest', 'impact', 'maturity', 'carrier', 'sharedGovernance'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const MIN_SCORE = 0;
export const MAX_SCORE = 5;

// Shapes the API answers (JSON: dates as ISO strings, `date` columns as 'YYYY-MM-DD').

/** Weights of the five criteria in a call's ranking (default equal); and of each panel in the combined mean. */
export type CriteriaWeights = Record<`${Criterion}Weight`, number>;
export type PanelWeights = Record<`${Panel}Weight`, number>;

export interface CallRecord extends CriteriaWeights, PanelWeights {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  seasonId: number;
  track: 'dinum' | 'ditp';
  title: string;
  opensOn: string | null;
  closesOn: string | null;
  status: CallStatus;
}

/** A field of the application form kept as submitted, in the form's order. */
export interface ApplicationAnswer {
  label: string;
  value: string | null;
}

export interface ApplicationRecord {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  callId: number;
  seasonId: number;
  reference: string;
  projectName: string;
  carrierName: string;
  carrierKind: CarrierKind | null;
  carrierSiret: string | null;
  carrierRna: string | null;
  contactName: string | null;
  contactEmail: string | null;
  summary: string | null;
  answers: ApplicationAnswer[];
  submittedAt: string | null;
  sourceState: string | null;
  sourceUpdatedAt: string | null;
  status: ApplicationStatus;
  eligibilityReason: string | null;
  statusReason: string | null;
  laureateId: number | null;
}

export interface EvaluatorAssignmentRecord {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  applicationId: number;
  evaluatorId: number;
  panel: Panel;
}

export type CriteriaScores = Record<Criterion, number | null>;

export interface EvaluationRecord extends CriteriaScores {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  applicationId: number;
  evaluatorId: number;
  panel: Panel;
  comment: string | null;
  conflictOfInterest: boolean;
  status: EvaluationStatus;
  submittedAt: string | null;
}

// Imports of applications (docs/selection-import.md): the API matches a file's columns to these fields, the admin
// lists them in the mapping step.

/** The application fields an import can fill; every column mapped to none of them is kept in `answers`. */
export const IMPORT_FIELDS = [
  'reference',
  'projectName',
  'carrierName',
  'carrierKind',
  'carrierSiret',
  'carrierRna',
  'contactName',
  'contactEmail',
  'summary',
  'submittedAt',
  'sourceState',
  'sourceUpdatedAt',
  'track',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields without which no application can be made: the API refuses a mapping without them. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['reference', 'projectName', 'carrierName'];

/** Field → the header (as written in the file) that feeds it; a field absent or null is not imported. */
export type ImportMapping = Partial<Record<ImportField, string | null>>;
