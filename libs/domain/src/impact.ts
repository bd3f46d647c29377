import type { AutonomyLevel, IndicatorDirection, OutcomeSurveyStatus } from './choices.js';
import type { Versioned } from './records.js';

// Impact records as the API answers them (issue 16).

/** Where the published results of the seasons are read without an account (`/resultats`, server-rendered by the API). */
export const PUBLIC_RESULTS_PATH = 'resultats';

export interface IndicatorRecord extends Versioned {
  laureateId: number;
  name: string;
  unit: string;
  baselineValue: number;
  baselineOn: string | null;
  targetValue: number;
  targetOn: string | null;
  direction: IndicatorDirection;
  /** From the view `indicator_progress`: the latest measurement (by date) and progress toward target, null without one. */
  latestValue: number | null;
  latestMeasuredOn: string | null;
  /** (latest − baseline) / (target − baseline) × 100, one decimal; may be below 0 or above 100. */
  progressPercent: number | null;
  targetReached: boolean | null;
}

export interface MeasurementRecord extends Versioned {
  indicatorId: number;
  /** The indicator's laureate (kept equal by a composite foreign key). */
  laureateId: number;
  value: number;
  measuredOn: string;
  source: string | null;
  comment: string | null;
}

export interface OutcomeSurveyRecord extends Versioned {
  laureateId: number;
  monthsSaved: number | null;
  autonomyWithAdministrations: AutonomyLevel | null;
  newPartnersMet: number | null;
  interministerialActions: number | null;
  quote: string | null;
  whatTheAcceleratorEnabled: string | null;
  nextSteps: string | null;
  status: OutcomeSurveyStatus;
  submittedAt: string | null;
  validatedAt: string | null;
  validatedById: number | null;
}

/** A season's programme outcomes, from its validated outcome surveys and its grants (the figures the programme publishes). */
export interface ProgrammeOutcomes {
  seasonId: number;
  laureates: number;
  validatedSurveys: number;
  /** Laureates whose validated survey says 12 to 24 months saved. */
  saved12To24Months: number;
  /** Laureates with at least one grant. */
  funded: number;
  autonomous: number;
  partlyAutonomous: number;
  /** Sum of the validated surveys' interministerial actions. */
  interministerialActions: number;
  /** Laureates who met at least one new partner. */
  metNewPartners: number;
  averageMonthsSaved: number | null;
}

/** What someone must act on, computed on read (apps/api/src/impact/alerts/alerts.queries.ts). Grant reports come with documents. */
export const ALERT_KINDS = ['quiet_laureate', 'overdue_action', 'commitment_past_due', 'grant_report_missing', 'outcome_survey_to_fill', 'outcome_survey_to_validate'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface AlertRecord {
  kind: AlertKind;
  laureateId: number;
  laureateName: string;
  /** The resource and record to open (the action, commitment or survey); null for a quiet laureate or a survey not started. */
  resource: 'actions' | 'commitments' | 'outcome-surveys' | 'laureates';
  recordId: number | null;
  /** The action's title or the commitment's description. */
  title: string | null;
  /** Due date, date of the last exchange, end of accompaniment or submission, by kind ('YYYY-MM-DD'). */
  since: string | null;
  /** Days late, or days without an exchange. */
  days: number | null;
  /** How many alerts of this kind there are: only the most urgent are listed (ALERTS_PER_KIND in the API). */
  kindTotal: number;
}

/** How many alerts in all, from a list of them grouped by kind: each kind's total once (its alerts all carry it). */
export const alertsTotal = (alerts: ReadonlyArray<Pick<AlertRecord, 'kind' | 'kindTotal'>>): number =>
  alerts.reduce((sum, alert, i) => (i === 0 || alerts[i - 1].kind !== alert.kind ? sum + alert.kindTotal : sum), 0);

/** One season's figures on the programme lead's dashboard and in the season comparison (computed in SQL). */
export interface SeasonFigures {
  seasonId: number;
  name: string;
  year: number;
  laureatesByPhase: Record<string, number>;
  /** axis → status → count */
  actionsByAxis: Record<string, Record<string, number>>;
  overdueActions: number;
  partnershipsByStatus: Record<string, number>;
  money: { envelope: number | null; granted: number; paid: number };
  commitmentsByStatus: Record<string, number>;
  outcomes: ProgrammeOutcomes;
}

/** An indicator of one of the manager's laureates against its target. */
export interface IndicatorProgressRow {
  indicatorId: number;
  laureateId: number;
  laureateName: string;
  name: string;
  unit: string;
  baselineValue: number;
  targetValue: number;
  targetOn: string | null;
  direction: IndicatorDirection;
  latestValue: number | null;
  latestMeasuredOn: string | null;
  progressPercent: number | null;
  targetReached: boolean | null;
}

export interface ManagerDashboard {
  indicators: IndicatorProgressRow[];
  overdueActions: AlertRecord[];
  quietLaureates: AlertRecord[];
}
