import { AXES, type Briefing as BriefingOf } from '@aic/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { PROGRAMME_TODAY_SQL } from '../../common/dates/today.js';
import { laureateReadCondition } from '../../common/scope/laureate-access.js';
import { jsonText as j } from '../../common/sql/json-text.js';
import { queryTextAsBytes } from '../../common/sql/text-as-bytes.js';
import type { Committee } from './committee.entity.js';
import { CommitteesService } from './committees.service.js';

export type Briefing = BriefingOf<Committee>;

const RECENT_ACTIONS = 8;

/** The domain's fixed lists written into the statement, not passed as parameters: with only the committee's id as a
 * parameter, PostgreSQL keeps one generic plan of the prepared statement (planning it costs more than running it). */
const textArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')}]::text[]`;

/**
 * Everything of the pack but the committee, as JSON text built by PostgreSQL in one statement ($1 the committee) whose
 * rows, joined, are the members of one JSON object after its opening brace,
 * set-based (each aspect for all the agenda's laureates at once, then joined by laureate): a pack of 25 laureates is
 * ~116 KB of JSON that the API sends as it comes, without hydrating or serialising it.
 */
export function briefingSql(scope: string): string {
  // An array, so that each aspect reads its laureates through its index (= ANY), whatever the planner guesses of the agenda's size.
  const laureateIds = 'ARRAY(SELECT id FROM items)';
  const progress = j.object({
    axis: j.value('ax.axis'),
    actionsDone: j.integer('coalesce(a.done, 0)'),
    actionsTotal: j.integer('coalesce(a.planned + a.in_progress + a.done, 0)'),
    objectivesAchieved: j.integer('coalesce(ob.achieved, 0)'),
    objectivesTotal: j.integer('coalesce(ob.total, 0)'),
  });
  const recent = j.object({ id: j.integer('r.id'), title: j.value('r.title'), axis: j.value('r.axis'), doneOn: j.date('r.done_on') });
  const item = j.object({
    agendaItemId: j.integer('i.agenda_item_id'),
    position: j.integer('i.position'),
    presenter: j.value('i.presenter'),
    requestedSupport: j.value('i.requested_support'),
    requestedFunding: j.euros('i.requested_funding'),
    briefingNotes: j.value('i.briefing_notes'),
    laureate: j.object({
      id: j.integer('i.id'),
      name: j.value('i.name'),
      tagline: j.value('i.tagline'),
      mission: j.value('i.mission'),
      phase: j.value('i.phase'),
      health: j.value('i.health'),
      healthReason: j.value('i.health_reason'),
      track: j.value('i.track'),
      carrierName: j.value('i.carrier_name'),
      managerName: j.value('i.manager_name'),
    }),
    progress: 'pr.json',
    actionsDoneSince: `coalesce(rc.json, '[]')`,
    partners: `coalesce(pa.partners, '[]')`,
    partnerCounts: `coalesce(pa.counts, '{}')`,
    decision: `CASE WHEN i.decision_id IS NULL THEN 'null' ELSE ${j.object({
      id: j.integer('i.decision_id'),
      outcome: j.value('i.outcome'),
      fundingGranted: j.euros('i.funding_granted'),
      conditions: j.value('i.conditions'),
      rationale: j.value('i.rationale'),
      version: j.integer('i.decision_version'),
    })} END`,
  });
  const summary = j.object({
    decided: j.integer('(SELECT count(decision_id) FROM items)'),
    undecided: j.integer('(SELECT count(*) - count(decision_id) FROM items)'),
    // In the order of each outcome's first item, as the pack lists them.
    outcomes: j.entries('o.outcome', 'o.n::text', '(SELECT outcome, count(*) AS n, min(rank) AS first FROM items WHERE decision_id IS NOT NULL GROUP BY outcome) o', 'o.first'),
    fundingGranted: j.euros('(SELECT coalesce(sum(funding_granted) FILTER (WHERE decision_id IS NOT NULL), 0) FROM items)'),
    fundingRequested: j.euros('(SELECT coalesce(sum(requested_funding), 0) FROM items)'),
  });
  return `
    WITH c AS (
      SELECT id, season_id, held_on, CASE WHEN status = 'closed' THEN coalesce(held_on, 'infinity'::date) ELSE 'infinity'::date END AS until
        FROM committees WHERE id = $1
    ), prev AS (
      SELECT max(k.held_on) AS since FROM committees k JOIN c ON k.season_id = c.season_id AND k.id <> c.id AND k.held_on < coalesce(c.held_on, ${PROGRAMME_TODAY_SQL})
    ), items AS MATERIALIZED (
      SELECT ai.id AS agenda_item_id, ai.position, ai.presenter, ai.requested_support, ai.requested_funding, ai.briefing_notes,
             l.id, l.name, l.tagline, l.mission, coalesce(ai.phase_at_session, l.phase) AS phase, coalesce(ai.health_at_session, l.health) AS health,
             l.health_reason, l.track, o.name AS carrier_name, u.full_name AS manager_name,
             d.id AS decision_id, d.outcome, d.funding_granted, d.conditions, d.rationale, d.version AS decision_version,
             row_number() OVER (ORDER BY ai.position, l.name COLLATE "fr-x-icu") AS rank
        FROM agenda_items ai
        JOIN laureates l ON l.id = ai.laureate_id
        LEFT JOIN organisations o ON o.id = l.carrier_organisation_id
        LEFT JOIN users u ON u.id = l.acceleration_manager_id
        LEFT JOIN decisions d ON d.committee_id = ai.committee_id AND d.laureate_id = ai.laureate_id
       WHERE ai.committee_id = $1 AND ${scope}
    ), progress AS (
      SELECT i.id, '[' || string_agg(${progress}, ',' ORDER BY ax.ord) || ']' AS json
        FROM items i
        CROSS JOIN unnest(${textArray(AXES)}) WITH ORDINALITY AS ax(axis, ord)
        -- The actions' counts as the writes keep them (migration 1767000000700), read by primary key.
        LEFT JOIN (SELECT * FROM laureate_action_counts WHERE laureate_id = ANY(${laureateIds})) a ON a.laureate_id = i.id AND a.axis = ax.axis
        LEFT JOIN (SELECT laureate_id, axis, count(*) FILTER (WHERE status = 'achieved') AS achieved, count(*) FILTER (WHERE status <> 'abandoned') AS total
                     FROM objectives WHERE laureate_id = ANY(${laureateIds}) GROUP BY laureate_id, axis) ob ON ob.laureate_id = i.id AND ob.axis = ax.axis
       GROUP BY i.id
    ), recent AS (
      -- The last done ones through IDX_actions_done_recent; a closed committee's pack shows what it saw: nothing done after the session.
      SELECT i.id, '[' || string_agg(${recent}, ',' ORDER BY r.done_on DESC, r.id DESC) || ']' AS json
        FROM items i
        CROSS JOIN LATERAL (
          SELECT a.id, a.title, a.axis, a.done_on FROM actions a
           WHERE a.laureate_id = i.id AND a.status = 'done' AND a.done_on >= coalesce((SELECT since FROM prev), '-infinity'::date) AND a.done_on <= (SELECT until FROM c)
           ORDER BY a.done_on DESC, a.id DESC LIMIT ${RECENT_ACTIONS}) r
       GROUP BY i.id
    )
    -- In parts of a few KB (one per item, in order): no message of ~100 KB for the driver to gather and decode at once.
    SELECT 0::bigint AS part, '"since":' || ${j.date('(SELECT since FROM prev)')} || ',"items":[' AS json
    UNION ALL
    SELECT i.rank, CASE WHEN i.rank > 1 THEN ',' ELSE '' END || ${item}
      FROM items i
      JOIN progress pr ON pr.id = i.id
      LEFT JOIN recent rc ON rc.id = i.id
      -- Each laureate's partners as the writes keep them (migration 1767000000400), read by primary key.
      LEFT JOIN laureate_partner_summaries pa ON pa.laureate_id = i.id
    UNION ALL
    SELECT 9223372036854775807, '],"summary":' || ${summary} || '}'
    ORDER BY part`;
}

let everyLaureateSql: string | undefined;

/** The briefing pack, built from live data: the committee (as its other routes answer it) and one statement for the rest. */
@Injectable()
export class CommitteeBriefingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly committees: CommitteesService,
  ) {}

  /**
   * The pack as UTF-8 JSON, for GET /committees/:id/briefing: PostgreSQL's text as it comes, behind the committee. The
   * committee first: a 404 costs no pack, and its JSON opens the buffer the statement's rows are written into.
   */
  async json(committeeId: number, actor: Actor): Promise<Buffer> {
    const committee = await this.committees.getOrFail(committeeId, actor);
    return queryTextAsBytes(this.dataSource, statementFor(actor, committeeId), 'json', `{"committee":${JSON.stringify(committee)},`);
  }

  /** The pack as an object, for the documents made from it (PDF, decision letters). */
  async build(committeeId: number, actor: Actor): Promise<Briefing> {
    const committee = await this.committees.getOrFail(committeeId, actor);
    const rest = await queryTextAsBytes(this.dataSource, statementFor(actor, committeeId), 'json', '{');
    return { committee, ...(JSON.parse(rest.toString('utf8')) as Omit<Briefing, 'committee'>) };
  }
}

/**
 * The statement for this caller: named, so prepared once per connection, only for the one text of those who read every
 * laureate (a referent's scope names them, and their packs are small).
 */
function statementFor(actor: Actor, committeeId: number): { name?: string; text: string; values: unknown[] } {
  const scope = laureateReadCondition(actor.user, 'ai.laureate_id');
  return scope === null ? { name: 'committee-briefing', text: (everyLaureateSql ??= briefingSql('true')), values: [committeeId] } : { text: briefingSql(scope), values: [committeeId] };
}
