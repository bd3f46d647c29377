import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../../common/auth/decorators.js';
import { notFound } from '../../common/crud/record-writer.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { jsonText as j } from '../../common/sql/json-text.js';
import { queryPrepared } from '../../common/sql/prepared.js';

const OPEN_COMMITMENT = `c.status IN ('promised', 'in_progress')`;

/**
 * The whole overview of season $1 as JSON text written by PostgreSQL in one statement (no row when the season does not
 * exist). Amounts are `numeric` sums, exact to the cent, written as `Number()` reads them; the season's totals are
 * the sums of its laureates' rows; what was paid on a grant is its `paid_amount`, kept by triggers on its disbursements
 * (migration KeepGrantsPaidAmount), not ~500 index probes of `disbursements` per season at national scale. The
 * laureates' grants and commitments are read through their `laureate_id` indexes for the season's ids (`= ANY`),
 * whatever the planner guesses of a season's size.
 */
export function fundingOverviewSql(): string {
  const laureate = j.object({
    laureateId: j.integer('f.id'),
    name: j.value('f.name'),
    granted: j.euros('f.granted'),
    paid: j.euros('f.paid'),
    grants: j.integer('f.grants'),
  });
  const commitment = j.object({
    status: j.value('c.status'),
    count: j.integer('c.count'),
    amount: j.euros('c.amount'),
    nextDueOn: j.date('c.next_due_on'),
  });
  const overview = j.object({
    seasonId: j.integer('s.id'),
    seasonName: j.value('s.name'),
    envelope: j.euros('s.funding_envelope'),
    granted: j.euros('t.granted'),
    paid: j.euros('t.paid'),
    remaining: j.euros('s.funding_envelope - t.granted'),
    laureatesFunded: j.integer('t.funded'),
    laureates: j.array(laureate, 'funded f', 'f.granted DESC, f.name COLLATE "fr-x-icu", f.id'),
    commitments: j.array(commitment, 'commitments_by_status c', 'c.status'),
  });
  return `
    WITH season_laureates AS (
      SELECT ARRAY(SELECT id FROM laureates WHERE season_id = $1) AS ids
    ), by_laureate AS (
      SELECT g.laureate_id, sum(g.amount) AS granted, count(*) AS grants, sum(g.paid_amount) AS paid
        FROM grants g, season_laureates s WHERE g.laureate_id = ANY(s.ids) GROUP BY g.laureate_id
    ), funded AS MATERIALIZED (
      SELECT l.id, l.name, coalesce(b.granted, 0) AS granted, coalesce(b.paid, 0) AS paid, coalesce(b.grants, 0) AS grants
        FROM laureates l LEFT JOIN by_laureate b ON b.laureate_id = l.id
       WHERE l.season_id = $1
    ), commitments_by_status AS (
      SELECT c.status, count(*) AS count, coalesce(sum(c.amount), 0) AS amount, min(c.due_on) FILTER (WHERE ${OPEN_COMMITMENT}) AS next_due_on
        FROM commitments c, season_laureates s WHERE c.laureate_id = ANY(s.ids) GROUP BY c.status
    ), t AS (
      SELECT coalesce(sum(granted), 0) AS granted, coalesce(sum(paid), 0) AS paid, count(*) FILTER (WHERE granted > 0) AS funded FROM funded
    )
    SELECT ${overview} AS json FROM seasons s CROSS JOIN t WHERE s.id = $1`;
}

let statement: string | undefined;

/** A season's money at a glance: envelope, granted, paid, remaining; per laureate; commitments by status. */
@ApiTags('funding-overview')
@ApiBearerAuth()
@Roles('admin', 'programme_lead', 'acceleration_manager')
@Controller('funding-overview')
export class FundingOverviewController {
  constructor(private readonly dataSource: DataSource) {}

  /** JSON built by PostgreSQL (one named statement, prepared once per connection), sent as it comes. */
  @Get()
  @Header('Content-Type', 'application/json; charset=utf-8')
  async overview(@Query('seasonId', new ParseIdPipe('seasonId')) seasonId: number): Promise<string> {
    const rows = await queryPrepared<{ json: string }>(this.dataSource, 'funding-overview', (statement ??= fundingOverviewSql()), [seasonId]);
    if (!rows[0]) throw notFound('seasons', seasonId);
    return rows[0].json;
  }
}
