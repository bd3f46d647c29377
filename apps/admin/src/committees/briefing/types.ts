import type { Axis, CommitteeKind, CommitteeStatus, DecisionOutcome, Health, LaureatePhase, PartnershipStatus } from '@aic/domain';

// The JSON of GET /api/committees/:id/briefing (built from live data by the API).

export interface BriefingCommittee {
  id: number;
  version: number;
  seasonId: number;
  kind: CommitteeKind;
  title: string;
  heldOn: string | null;
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
    carrierName: string | null;
    managerName: string | null;
  };
  progress: Array<{ axis: Axis; actionsDone: number; actionsTotal: number; objectivesAchieved: number; objectivesTotal: number }>;
  actionsDoneSince: Array<{ id: number; title: string; axis: Axis; doneOn: string }>;
  /** Engaged partners (a meeting held at least). */
  partners: Array<{ organisationName: string; purpose: string; status: string }>;
  /** Every partnership, counted by status. */
  partnerCounts: Partial<Record<PartnershipStatus, number>>;
  decision: BriefingDecision | null;
}

export interface Briefing {
  committee: BriefingCommittee;
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
}
