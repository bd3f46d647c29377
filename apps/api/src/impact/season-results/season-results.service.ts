import { ENGAGED_PARTNERSHIP_STATUSES, type ProgrammeOutcomes } from '@aic/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { programmeOutcomes } from '../outcomes/programme-outcomes.js';

/*
 * A season's results as they may be published: chosen columns of laureates, their carriers and public partners,
 * counts of actions, decisions of closed committees and grants. Never people, contacts, accounts, the journal,
 * notes or comments. Every figure is computed in SQL.
 */

export interface ResultLaureate {
  id: number;
  name: string;
  track: string;
  tagline: string | null;
  mission: string | null;
  publicServiceContribution: string | null;
  website: string | null;
  themes: string[];
  territory: string | null;
  phase: string;
  startedOn: string | null;
  phase2StartedOn: string | null;
  endedOn: string | null;
  nextSteps: string | null;
  carrierId: number | null;
  carrierName: string | null;
}

export interface ResultCarrier { id: number; name: string; kind: string; acronym: string | null; territory: string | null; website: string | null; laureateIds: number[] }
export interface ResultPartner { laureateId: number; organisationId: number; organisationName: string; organisationKind: string; purpose: string; since: string | null; status: string }
export interface ResultActionCount { laureateId: number; axis: string; done: number; inProgress: number; planned: number; cancelled: number }
export interface ResultAchievement { laureateId: number; axis: string; text: string; doneOn: string | null }
export interface ResultDecision { laureateId: number; committeeKind: string; heldOn: string | null; outcome: string; fundingGranted: number }
export interface ResultGrant { laureateId: number; amount: number; purpose: string; status: string; paid: number }

/** A validated outcome survey (drafts and submitted ones are not results yet). */
export interface ResultSurvey {
  laureateId: number;
  monthsSaved: number;
  autonomy: string;
  newPartnersMet: number;
  interministerialActions: number;
  quote: string | null;
  whatTheAcceleratorEnabled: string | null;
  nextSteps: string | null;
}

/** An indicator with its latest measurement (the view indicator_progress); never the measurements' sources or comments. */
export interface ResultIndicator {
  laureateId: number;
  name: string;
  unit: string;
  direction: string;
  baselineValue: number;
  baselineOn: string | null;
  targetValue: number;
  targetOn: string | null;
  latestValue: number | null;
  latestMeasuredOn: string | null;
  progressPercent: number | null;
  targetReached: boolean | null;
}

export interface SeasonFigures {
  laureates: number;
  renewed: number;
  partnerships: number;
  partnerOrganisations: number;
  actionsDone: number;
  actionsDoneByAxis: Record<string, number>;
  fundedLaureates: number;
  granted: number;
  paid: number;
  /** From validated outcome surveys (impact/outcomes). */
  outcomes: ProgrammeOutcomes;
}

const num = (v: unknown) => Number(v ?? 0);

@Injectable()
export class SeasonResultsService {
  constructor(private readonly dataSource: DataSource) {}

  laureates(seasonId: number): Promise<ResultLaureate[]> {
    return this.dataSource.query(
      `SELECT l.id, l.name, l.track, l.tagline, l.mission, l.public_service_contribution AS "publicServiceContribution", l.website, l.themes,
              l.territory, l.phase, l.started_on::text AS "startedOn", l.phase2_started_on::text AS "phase2StartedOn", l.ended_on::text AS "endedOn",
              l.next_steps AS "nextSteps", o.id AS "carrierId", o.name AS "carrierName"
       FROM laureates l LEFT JOIN organisations o ON o.id = l.carrier_organisation_id
       WHERE l.season_id = $1 ORDER BY l.name COLLATE "fr-x-icu", l.id`,
      [seasonId],
    );
  }

  carriers(seasonId: number): Promise<ResultCarrier[]> {
    return this.dataSource.query(
      `SELECT o.id, o.name, o.kind, o.acronym, o.territory, o.website, array_agg(l.id ORDER BY l.id) AS "laureateIds"
       FROM laureates l JOIN organisations o ON o.id = l.carrier_organisation_id
       WHERE l.season_id = $1 GROUP BY o.id ORDER BY o.name COLLATE "fr-x-icu"`,
      [seasonId],
    );
  }

  /** The public partners engaged with the season's laureates (met, agreed or deployed), not the leads still open. */
  partners(seasonId: number): Promise<ResultPartner[]> {
    return this.dataSource.query(
      `SELECT p.laureate_id AS "laureateId", o.id AS "organisationId", o.name AS "organisationName", o.kind AS "organisationKind",
              p.purpose, p.since::text AS since, p.status
       FROM partnerships p JOIN laureates l ON l.id = p.laureate_id JOIN organisations o ON o.id = p.organisation_id
       WHERE l.season_id = $1 AND p.status = ANY($2)
       ORDER BY l.name COLLATE "fr-x-icu", p.laureate_id, p.purpose, o.name COLLATE "fr-x-icu"`,
      [seasonId, ENGAGED_PARTNERSHIP_STATUSES],
    );
  }

  /** The counts kept by the writes (`laureate_action_counts`): integers, read as numbers. */
  actionCounts(seasonId: number): Promise<ResultActionCount[]> {
    return this.dataSource.query(
      `SELECT c.laureate_id AS "laureateId", c.axis, c.done, c.in_progress AS "inProgress", c.planned, c.cancelled
       FROM laureate_action_counts c JOIN laureates l ON l.id = c.laureate_id
       WHERE l.season_id = $1 AND c.planned + c.in_progress + c.done + c.cancelled > 0
       ORDER BY c.laureate_id, array_position(ARRAY['consolidate', 'integrate', 'deploy'], c.axis)`,
      [seasonId],
    );
  }

  /** What the accelerator enabled: the done actions' descriptions (or titles), for the booklet only. */
  achievements(seasonId: number): Promise<ResultAchievement[]> {
    return this.dataSource.query(
      `SELECT a.laureate_id AS "laureateId", a.axis, coalesce(nullif(a.description, ''), a.title) AS text, a.done_on::text AS "doneOn"
       FROM actions a JOIN laureates l ON l.id = a.laureate_id
       WHERE l.season_id = $1 AND a.status = 'done' ORDER BY a.laureate_id, a.done_on NULLS LAST, a.id`,
      [seasonId],
    );
  }

  /** Decisions of closed committees only: an open committee's decisions may still change. No conditions or reasons. */
  async decisions(seasonId: number): Promise<ResultDecision[]> {
    const rows = await this.dataSource.query(
      `SELECT d.laureate_id AS "laureateId", c.kind AS "committeeKind", c.held_on::text AS "heldOn", d.outcome, d.funding_granted AS "fundingGranted"
       FROM decisions d JOIN committees c ON c.id = d.committee_id
       WHERE c.season_id = $1 AND c.status = 'closed' ORDER BY c.held_on NULLS LAST, c.id, d.laureate_id`,
      [seasonId],
    );
    return rows.map((r: ResultDecision) => ({ ...r, fundingGranted: num(r.fundingGranted) }));
  }

  async grants(seasonId: number): Promise<ResultGrant[]> {
    const rows = await this.dataSource.query(
      `SELECT g.laureate_id AS "laureateId", g.amount, g.purpose, g.status,
              (SELECT coalesce(sum(x.amount), 0) FROM disbursements x WHERE x.grant_id = g.id) AS paid
       FROM grants g JOIN laureates l ON l.id = g.laureate_id
       WHERE l.season_id = $1 ORDER BY g.laureate_id, g.id`,
      [seasonId],
    );
    return rows.map((r: ResultGrant) => ({ ...r, amount: num(r.amount), paid: num(r.paid) }));
  }

  surveys(seasonId: number): Promise<ResultSurvey[]> {
    return this.dataSource.query(
      `SELECT os.laureate_id AS "laureateId", os.months_saved AS "monthsSaved", os.autonomy_with_administrations AS autonomy,
              os.new_partners_met AS "newPartnersMet", os.interministerial_actions AS "interministerialActions", os.quote,
              os.what_the_accelerator_enabled AS "whatTheAcceleratorEnabled", os.next_steps AS "nextSteps"
       FROM outcome_surveys os JOIN laureates l ON l.id = os.laureate_id
       WHERE l.season_id = $1 AND os.status = 'validated' ORDER BY l.name COLLATE "fr-x-icu", l.id`,
      [seasonId],
    );
  }

  async indicators(seasonId: number): Promise<ResultIndicator[]> {
    const rows = await this.dataSource.query(
      `SELECT i.laureate_id AS "laureateId", i.name, i.unit, i.direction, i.baseline_value AS "baselineValue", i.baseline_on::text AS "baselineOn",
              i.target_value AS "targetValue", i.target_on::text AS "targetOn", p.latest_value AS "latestValue",
              p.latest_measured_on::text AS "latestMeasuredOn", p.progress_percent AS "progressPercent", p.target_reached AS "targetReached"
       FROM indicators i JOIN laureates l ON l.id = i.laureate_id JOIN indicator_progress p ON p.indicator_id = i.id
       WHERE l.season_id = $1 ORDER BY l.name COLLATE "fr-x-icu", i.laureate_id, i.name COLLATE "fr-x-icu", i.id`,
      [seasonId],
    );
    const orNull = (v: unknown) => (v === null ? null : Number(v));
    return rows.map((r: ResultIndicator) => ({
      ...r, baselineValue: Number(r.baselineValue), targetValue: Number(r.targetValue), latestValue: orNull(r.latestValue), progressPercent: orNull(r.progressPercent),
    }));
  }

  async figures(seasonId: number): Promise<SeasonFigures> {
    const [row] = await this.dataSource.query(
      `WITH l AS (SELECT id, phase2_started_on FROM laureates WHERE season_id = $1)
       SELECT (SELECT count(*) FROM l) AS laureates,
              (SELECT count(*) FROM l WHERE phase2_started_on IS NOT NULL) AS renewed,
              (SELECT count(*) FROM partnerships p WHERE p.laureate_id IN (SELECT id FROM l) AND p.status = ANY($2)) AS partnerships,
              (SELECT count(DISTINCT p.organisation_id) FROM partnerships p WHERE p.laureate_id IN (SELECT id FROM l) AND p.status = ANY($2)) AS "partnerOrganisations",
              (SELECT coalesce(jsonb_object_agg(axis, n), '{}') FROM (SELECT c.axis, sum(c.done) AS n FROM laureate_action_counts c
                 WHERE c.laureate_id IN (SELECT id FROM l) GROUP BY c.axis HAVING sum(c.done) > 0) x) AS "actionsDoneByAxis",
              (SELECT count(DISTINCT g.laureate_id) FROM grants g WHERE g.laureate_id IN (SELECT id FROM l)) AS "fundedLaureates",
              (SELECT coalesce(sum(g.amount), 0) FROM grants g WHERE g.laureate_id IN (SELECT id FROM l)) AS granted,
              (SELECT coalesce(sum(d.amount), 0) FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE g.laureate_id IN (SELECT id FROM l)) AS paid`,
      [seasonId, ENGAGED_PARTNERSHIP_STATUSES],
    );
    const byAxis: Record<string, number> = { consolidate: 0, integrate: 0, deploy: 0 };
    for (const [axis, n] of Object.entries(row.actionsDoneByAxis as Record<string, unknown>)) byAxis[axis] = num(n);
    const [outcomes] = await programmeOutcomes(this.dataSource, [seasonId]);
    return {
      outcomes,
      laureates: num(row.laureates),
      renewed: num(row.renewed),
      partnerships: num(row.partnerships),
      partnerOrganisations: num(row.partnerOrganisations),
      actionsDone: Object.values(byAxis).reduce((a, b) => a + b, 0),
      actionsDoneByAxis: byAxis,
      fundedLaureates: num(row.fundedLaureates),
      granted: num(row.granted),
      paid: num(row.paid),
    };
  }
}
