import { CARRIER_KINDS, FUNNEL_STEPS, type FunnelStep, TRACKS } from '@aic/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../../common/auth/decorators.js';
import { notFound } from '../../common/crud/record-writer.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';

type Counts = Record<FunnelStep, number>;

/**
 * How far a season's applications went, in SQL: received → eligible → shortlisted → selected, in all, by carrier
 * kind and by track. A step counts the applications that reached it, read from where they are now: shortlisted =
 * shortlisted or selected, or rejected/withdrawn after being assigned to evaluators; eligible = that, or eligible or
 * rejected (a rejection follows eligibility); selected = selected or promoted.
 */
export const FUNNEL_SQL = `
WITH reached AS (
  SELECT a.carrier_kind, c.track,
         (a.status = 'selected' OR a.laureate_id IS NOT NULL) AS selected,
         (a.status IN ('shortlisted', 'selected') OR a.laureate_id IS NOT NULL
           OR (a.status IN ('rejected', 'withdrawn') AND EXISTS (SELECT 1 FROM evaluator_assignments ea WHERE ea.application_id = a.id))) AS shortlisted,
         a.status
    FROM applications a JOIN calls c ON c.id = a.call_id
   WHERE a.season_id = $1
)
SELECT carrier_kind AS "carrierKind", track, GROUPING(carrier_kind)::int AS "byKind", GROUPING(track)::int AS "byTrack",
       count(*)::int AS received,
       count(*) FILTER (WHERE shortlisted OR status IN ('eligible', 'rejected'))::int AS eligible,
       count(*) FILTER (WHERE shortlisted)::int AS shortlisted,
       count(*) FILTER (WHERE selected)::int AS selected
  FROM reached
 GROUP BY GROUPING SETS ((), (carrier_kind), (track))`;

@ApiTags('selection-funnel')
@ApiBearerAuth()
@Roles('admin', 'programme_lead')
@Controller('selection-funnel')
export class SelectionFunnelController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async funnel(@Query('seasonId', new ParseIdPipe('seasonId')) seasonId: number) {
    const [season] = await this.dataSource.query(`SELECT id, name FROM seasons WHERE id = $1`, [seasonId]);
    if (!season) throw notFound('seasons', seasonId);
    const rows: Array<Counts & { carrierKind: string | null; track: string | null; byKind: number; byTrack: number }> = await this.dataSource.query(FUNNEL_SQL, [seasonId]);
    const counts = (row: Counts | undefined): Counts => Object.fromEntries(FUNNEL_STEPS.map((s) => [s, row?.[s] ?? 0])) as Counts;
    const kinds = rows.filter((r) => r.byKind === 0 && r.byTrack === 1);
    const tracks = rows.filter((r) => r.byTrack === 0 && r.byKind === 1);
    return {
      seasonId,
      seasonName: season.name,
      steps: FUNNEL_STEPS,
      total: counts(rows.find((r) => r.byKind === 1 && r.byTrack === 1)),
      // Every kind and track, zeros included, so that a chart keeps its bars; applications of no stated kind apart.
      byCarrierKind: [...CARRIER_KINDS, ...(kinds.some((k) => k.carrierKind === null) ? [null] : [])].map((carrierKind) => ({
        carrierKind,
        ...counts(kinds.find((k) => k.carrierKind === carrierKind)),
      })),
      byTrack: TRACKS.map((track) => ({ track, ...counts(tracks.find((r) => r.track === track)) })),
    };
  }
}
