// Types of the demo data set of the AIC back-office.
// Sources: /work/shared/seeds/ (season-1 closing booklet, press release, blog posts,
// season-2 call) and /work/shared/domain.md. Pure types, no runtime code.


export type { OrganisationKind, Axis, SupportType, PartnershipPurpose, PartnershipStatus, InteractionKind, ActionStatus, ObjectiveStatus, Health, Track, CommitmentKind, GrantPurpose } from '@aic/domain';
import type { OrganisationKind, Axis, SupportType, PartnershipPurpose, PartnershipStatus, InteractionKind, ActionStatus, ObjectiveStatus, Health, Track } from '@aic/domain';

export interface DemoSeason {
  key: 's1'|'s2';
  name: string;
  year: number;
  theme: string|null;
  callOpensOn: string|null;
  callClosesOn: string|null;
  accompanimentStartsOn: string|null;
  accompanimentEndsOn: string|null;
  status: 'draft'|'call_open'|'selection'|'accompaniment'|'closed';
  fundingEnvelopeEuros: number|null;
  notes?: string;
  /** Optional extras (ISO date / figures stated in the documents). */
  laureatesAnnouncedOn?: string;
  applicationsCount?: number;
  accompanimentDurationMonths?: number;
}

export interface DemoOrganisation { key: string; name: string; kind: OrganisationKind; parentKey?: string; acronym?: string; territory?: string; website?: string; notes?: string }
export interface DemoContact { firstName: string; lastName: string; email: string|null; phone: string|null; jobTitle: string|null; roleInProject: string }
export interface DemoPartner { organisationKey: string; purpose: PartnershipPurpose; notes?: string }
export interface DemoAchievement { axis: Axis; supportType: SupportType; title: string; description: string }
export interface DemoLaureate { key: string; name: string; track: Track; carrierKey: string; tagline: string; mission: string; publicServiceContribution: string; website: string|null; themes: string[]; territory: string; renewed: boolean; nextSteps: string; partners: DemoPartner[]; achievements: DemoAchievement[]; results: string[]; quote: string|null; contacts: DemoContact[] }
export interface DemoDiagnostic { heldInDays: number; participants: string; strengths: string; weaknesses: string; needsConsolidate: string; needsIntegrate: string; needsDeploy: string }
export interface DemoObjective { axis: Axis; title: string; description: string; targetInDays: number; status: ObjectiveStatus }
export interface DemoAction { axis: Axis; supportType: SupportType; title: string; description: string; status: ActionStatus; dueInDays: number|null; doneInDays: number|null; objectiveIndex: number|null; outcome: string|null }
export interface DemoInteraction { kind: InteractionKind; occurredInDays: number; title: string; summary: string; followUp: string|null; organisationKey: string|null }
export interface DemoSeason2Partner extends DemoPartner { status: PartnershipStatus; sinceInDays: number }
export interface DemoSeason2Laureate extends Omit<DemoLaureate,'renewed'|'partners'|'achievements'|'results'|'quote'> { health: Health; healthReason: string|null; diagnostic: DemoDiagnostic; objectives: DemoObjective[]; actions: DemoAction[]; interactions: DemoInteraction[]; partners: DemoSeason2Partner[] }
