import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../../common/auth/decorators.js';
import { notFound } from '../../common/crud/record-writer.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';

/** A season's money at a glance: envelope, granted, paid, remaining; per laureate; commitments by status. */
@ApiTags('funding-overview')
@ApiBearerAuth()
@Roles('admin', 'programme_lead', 'acceleration_manager')
@Controller('funding-overview')
export class FundingOverviewController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async overview(@Query('seasonId', new ParseIdPipe('seasonId')) seasonId: number) {
    const [season] = await this.dataSource.query(`SELECT id, name, funding_envelope::float8 AS envelope FROM seasons WHERE id = $1`, [seasonId]);
    if (!season) throw notFound('seasons', seasonId);
    const laureates: Array<{ laureateId: number; name: string; granted: number; paid: number; grants: number }> = await this.dataSource.query(
      `SELECT l.id AS "laureateId", l.name, coalesce(sum(g.amount), 0)::float8 AS granted,
              coalesce(sum((SELECT sum(d.amount) FROM disbursements d WHERE d.grant_id = g.id)), 0)::float8 AS paid,
              count(g.id)::int AS grants
         FROM laureates l LEFT JOIN grants g ON g.laureate_id = l.id
        WHERE l.season_id = $1 GROUP BY l.id ORDER BY granted DESC, l.name COLLATE "fr-x-icu"`,
      [seasonId],
    );
    const commitments = await this.dataSource.query(
      `SELECT c.status, count(*)::int AS count, coalesce(sum(c.amount), 0)::float8 AS amount, to_char(min(c.due_on) FILTER (WHERE c.status IN ('promised', 'in_progress')), 'YYYY-MM-DD') AS "nextDueOn"
         FROM commitments c JOIN laureates l ON l.id = c.laureate_id WHERE l.season_id = $1 GROUP BY c.status ORDER BY c.status`,
      [seasonId],
    );
    // The season's totals are the sums of its laureates' (in cents: exact), not a second pass over its grants.
    const granted = sumOfEuros(laureates.map((l) => l.granted));
    return {
      seasonId: season.id,
      seasonName: season.name,
      envelope: season.envelope,
      granted,
      paid: sumOfEuros(laureates.map((l) => l.paid)),
      remaining: season.envelope === null ? null : Math.round((season.envelope - granted) * 100) / 100,
      laureatesFunded: laureates.filter((l) => l.granted > 0).length,
      laureates,
      commitments,
    };
  }
}

function sumOfEuros(amounts: number[]): number {
  return amounts.reduce((cents, euros) => cents + Math.round(euros * 100), 0) / 100;
}
