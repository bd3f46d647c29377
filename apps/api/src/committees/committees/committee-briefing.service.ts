import { AXES, type Axis, type Briefing as BriefingOf, type BriefingItem, type DecisionOutcome, ENGAGED_PARTNERSHIP_STATUSES, type PartnershipStatus } from '@aic/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { sumEuros } from '../../common/crud/euros.transformer.js';
import { laureateReadCondition } from '../../common/scope/laureate-access.js';
import type { Committee } from './committee.entity.js';
import { CommitteesService } from './committees.service.js';

export type Briefing = BriefingOf<Committee>;

const RECENT_ACTIONS = 8;

/** The briefing pack, built from live data with one query per aspect for all laureates at once. */
@Injectable()
export class CommitteeBriefingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly committees: CommitteesService,
  ) {}

  async build(committeeId: number, actor: Actor): Promise<Briefing> {
    const committee = await this.committees.getOrFail(committeeId, actor);
    const scope = laureateReadCondition(actor.user, 'ai.laureate_id') ?? 'true';
    const q = <T>(sql: string, params: unknown[]) => this.dataSource.query(sql, params) as Promise<T[]>;
    const [{ since }] = await q<{ since: string | null }>(
      `SELECT to_char(max(held_on), 'YYYY-MM-DD') AS since FROM committees WHERE season_id = $1 AND id <> $2 AND held_on < coalesce($3::date, CURRENT_DATE)`,
      [committee.seasonId, committee.id, committee.heldOn],
    );
    const items = await q<Record<string, any>>(
      `SELECT ai.id AS agenda_item_id, ai.position, ai.presenter, ai.requested_support, ai.requested_funding::float8 AS requested_funding, ai.briefing_notes,
              l.id, l.name, l.tagline, l.mission, coalesce(ai.phase_at_session, l.phase) AS phase, coalesce(ai.health_at_session, l.health) AS health, l.health_reason, l.track, to_char(l.started_on, 'YYYY-MM-DD') AS started_on,
              o.name AS carrier_name, u.full_name AS manager_name,
              d.id AS decision_id, d.outcome, d.funding_granted::float8 AS funding_granted, d.conditions, d.rationale, d.version AS decision_version
         FROM agenda_items ai
         JOIN laureates l ON l.id = ai.laureate_id
         LEFT JOIN organisations o ON o.id = l.carrier_organisation_id
         LEFT JOIN users u ON u.id = l.acceleration_manager_id
         LEFT JOIN decisions d ON d.committee_id = ai.committee_id AND d.laureate_id = ai.laureate_id
        WHERE ai.committee_id = $1 AND ${scope}
        ORDER BY ai.position, l.name COLLATE "fr-x-icu"`,
      [committee.id],
    );
    const ids = items.map((i) => i.id as number);
    const [actions, objectives, recent, partners, partnerStatuses] = await Promise.all([
      q<{ laureate_id: number; axis: Axis; done: number; total: number }>(
        `SELECT laureate_id, axis, count(*) FILTER (WHERE status = 'done')::int AS done, count(*) FILTER (WHERE status <> 'cancelled')::int AS total
           FROM actions WHERE laureate_id = ANY($1::int[]) GROUP BY laureate_id, axis`,
        [ids],
      ),
      q<{ laureate_id: number; axis: Axis; achieved: number; total: number }>(
        `SELECT laureate_id, axis, count(*) FILTER (WHERE status = 'achieved')::int AS achieved, count(*) FILTER (WHERE status <> 'abandoned')::int AS total
           FROM objectives WHERE laureate_id = ANY($1::int[]) GROUP BY laureate_id, axis`,
        [ids],
      ),
      q<{ laureate_id: number; id: number; title: string; axis: Axis; done_on: string }>(
        // The last ones of each laureate through IDX_actions_done_recent, not a sort of all its done actions.
        `SELECT r.laureate_id, r.id, r.title, r.axis, to_char(r.done_on, 'YYYY-MM-DD') AS done_on
           FROM unnest($1::int[]) AS l(id)
           CROSS JOIN LATERAL (
             SELECT a.laureate_id, a.id, a.title, a.axis, a.done_on FROM actions a
              WHERE a.laureate_id = l.id AND a.status = 'done' AND a.done_on >= coalesce($2::date, '-infinity'::date)
                AND a.done_on <= coalesce($3::date, 'infinity'::date)
              ORDER BY a.done_on DESC, a.id DESC LIMIT ${RECENT_ACTIONS}) r
          ORDER BY r.done_on DESC, r.id DESC`,
        // A closed committee's pack shows what it saw: nothing done after the session.
        [ids, since, committee.status === 'closed' ? committee.heldOn : null],
      ),
      q<{ laureate_id: number; organisation_name: string; purpose: string; status: PartnershipStatus }>(
        // A correlated lookup, not a join: its cost follows the committee's size, not the organisations table.
        `SELECT p.laureate_id, (SELECT o.name COLLATE "fr-x-icu" FROM organisations o WHERE o.id = p.organisation_id) AS organisation_name, p.purpose, p.status
           FROM partnerships p
          WHERE p.laureate_id = ANY($1::int[]) AND p.status = ANY($2::text[]) ORDER BY organisation_name`,
        [ids, ENGAGED_PARTNERSHIP_STATUSES],
      ),
      q<{ laureate_id: number; status: PartnershipStatus; n: number }>(
        `SELECT laureate_id, status, count(*)::int AS n FROM partnerships WHERE laureate_id = ANY($1::int[]) GROUP BY laureate_id, status`,
        [ids],
      ),
    ]);
    const briefingItems: BriefingItem[] = items.map((i) => ({
      agendaItemId: i.agenda_item_id,
      position: i.position,
      presenter: i.presenter,
      requestedSupport: i.requested_support,
      requestedFunding: i.requested_funding,
      briefingNotes: i.briefing_notes,
      laureate: {
        id: i.id,
        name: i.name,
        tagline: i.tagline,
        mission: i.mission,
        phase: i.phase,
        health: i.health,
        healthReason: i.health_reason,
        track: i.track,
        carrierName: i.carrier_name,
        managerName: i.manager_name,
      },
      progress: AXES.map((axis) => {
        const a = actions.find((r) => r.laureate_id === i.id && r.axis === axis);
        const o = objectives.find((r) => r.laureate_id === i.id && r.axis === axis);
        return { axis, actionsDone: a?.done ?? 0, actionsTotal: a?.total ?? 0, objectivesAchieved: o?.achieved ?? 0, objectivesTotal: o?.total ?? 0 };
      }),
      actionsDoneSince: recent.filter((r) => r.laureate_id === i.id).map((r) => ({ id: r.id, title: r.title, axis: r.axis, doneOn: r.done_on })),
      partners: partners.filter((r) => r.laureate_id === i.id).map((r) => ({ organisationName: r.organisation_name, purpose: r.purpose, status: r.status })),
      partnerCounts: Object.fromEntries(partnerStatuses.filter((r) => r.laureate_id === i.id).map((r) => [r.status, r.n])),
      decision: i.decision_id
        ? { id: i.decision_id, outcome: i.outcome, fundingGranted: i.funding_granted, conditions: i.conditions, rationale: i.rationale, version: i.decision_version }
        : null,
    }));
    const decided = briefingItems.filter((i) => i.decision);
    const outcomes: Partial<Record<DecisionOutcome, number>> = {};
    for (const item of decided) outcomes[item.decision!.outcome] = (outcomes[item.decision!.outcome] ?? 0) + 1;
    return {
      committee,
      since,
      items: briefingItems,
      summary: {
        decided: decided.length,
        undecided: briefingItems.length - decided.length,
        outcomes,
        fundingGranted: sumEuros(decided.map((i) => i.decision!.fundingGranted)),
        fundingRequested: sumEuros(briefingItems.map((i) => i.requestedFunding ?? 0)),
      },
    };
  }
}
