import type { Panel } from '@aic/domain';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../../common/auth/decorators.js';
import { notFound } from '../../common/crud/record-writer.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { RANKING_SQL } from './ranking.query.js';

type Criteria = Record<'generalInterest' | 'impact' | 'maturity' | 'carrier' | 'sharedGovernance', number | null>;
interface PanelFigures {
  expected: number;
  evaluations: number;
  conflicts: number;
  missing: number;
  overall: number | null;
  stddev: number | null;
  criteria: Criteria;
}

const EMPTY_PANEL: PanelFigures = {
  expected: 0, evaluations: 0, conflicts: 0, missing: 0, overall: null, stddev: null,
  criteria: { generalInterest: null, impact: null, maturity: null, carrier: null, sharedGovernance: null },
};

/** The ranking of a call's shortlist (ranking.query.ts): for programme leads only, the scores being blind to evaluators. */
@ApiTags('calls')
@ApiBearerAuth()
@Roles('admin', 'programme_lead')
@Controller('calls')
export class RankingsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id/ranking')
  async ranking(@Param('id', new ParseIdPipe()) id: number) {
    const [call] = await this.dataSource.query(
      `SELECT id, title, general_interest_weight::float8 AS "generalInterestWeight", impact_weight::float8 AS "impactWeight", maturity_weight::float8 AS "maturityWeight",
              carrier_weight::float8 AS "carrierWeight", shared_governance_weight::float8 AS "sharedGovernanceWeight",
              jury_weight::float8 AS "juryWeight", citizen_weight::float8 AS "citizenWeight" FROM calls WHERE id = $1`,
      [id],
    );
    if (!call) throw notFound('calls', id);
    const rows: Array<{ criteria: Criteria; panels: Partial<Record<Panel, PanelFigures>> }> = await this.dataSource.query(RANKING_SQL, [id]);
    return {
      call,
      rows: rows.map((row) => ({
        ...row,
        criteria: numbers(row.criteria),
        panels: { jury: panel(row.panels.jury), citizen: panel(row.panels.citizen) },
      })),
    };
  }
}

/** jsonb numerics arrive as numbers already; keeps nulls. */
const numbers = (criteria: Criteria): Criteria => Object.fromEntries(Object.entries(criteria).map(([k, v]) => [k, v === null ? null : Number(v)])) as Criteria;
const panel = (figures: PanelFigures | undefined): PanelFigures =>
  figures ? { ...figures, overall: figures.overall === null ? null : Number(figures.overall), stddev: figures.stddev === null ? null : Number(figures.stddev), criteria: numbers(figures.criteria) } : EMPTY_PANEL;
