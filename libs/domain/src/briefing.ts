import type { Axis, CommitteeKind, CommitteeStatus, DecisionOutcome, Health, LaureatePhase, PartnershipStatus, Track } from './choices.js';

// The JSON of GET /api/committees/:id/briefing (built from live data by the API) and of the committee's closing.

export interface BriefingCommittee {
  id: number;
  version: number;
  seasonId: number;
  kind: CommitteeKind;
  title: string;
  heldOn: string | null;
  /** 'HH:MM' in Europe/Paris, or null: a whole day. */
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  status: CommitteeStatus;
}

export interface BriefingDecision {
  id: number;
  outcome: DecisionOutcome;
  fundingGranted: number;
  conditions: string | null;
  rationale: string | null;
  version: number;
}

export interface AxisProgress {
  axis: Axis;
  actionsDone: number;
  actionsTotal: number;
  objectivesAchieved: number;
  objectivesTotal: number;
}

export interface BriefingItem {
  agendaItemId: number;
  position: number;
  presenter: string | null;
  requestedSupport: string | null;
  requestedFunding: number | null;
  briefingNotes: string | null;
  laureate: {
    id: number;
    name: string;
    tagline: string | null;
    mission: string | null;
    phase: LaureatePhase;
    health: Health;
    healthReason: string | null;
    track: Track;
    carrierName: string | null;
    managerName: string | null;
  };
  progress: AxisProgress[];
  actionsDoneSince: Array<{ id: number; title: string; axis: Axis; doneOn: string }>;
  /** Engaged partners (a meeting held at least), by name. */
  partners: Array<{ organisationName: string; purpose: string; status: PartnershipStatus }>;
  /** Every partnership of the laureate, counted by status (the pipeline at a glance). */
  partnerCounts: Partial<Record<PartnershipStatus, number>>;
  decision: BriefingDecision | null;
}

export interface Briefing<Committee extends BriefingCommittee = BriefingCommittee> {
  committee: Committee;
  /** Actions done since this date count as "since the previous milestone". */
  since: string | null;
  items: BriefingItem[];
  summary: {
    decided: number;
    undecided: number;
    outcomes: Partial<Record<DecisionOutcome, number>>;
    fundingGranted: number;
    fundingRequested: number;
  };
}

/** One phase change that closing the committee makes (GET closing-preview, POST close). */
export interface PhaseChange {
  laureateId: number;
  name: string;
  outcome: DecisionOutcome;
  from: LaureatePhase;
  to: LaureatePhase;
  /** Open actions that closing cancels (the accompaniment ends), 0 otherwise. */
  openActions: number;
}
