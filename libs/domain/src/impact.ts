import type { AutonomyLevel, IndicatorDirection, OutcomeSurveyStatus } from './choices.js';
import type { Versioned } from './records.js';

// Impact records as the API answers them (issue 16).

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
