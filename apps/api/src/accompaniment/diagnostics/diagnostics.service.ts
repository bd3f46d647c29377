import type { EntityManager } from 'typeorm';
import { LaureateBoundCrud } from '../../common/scope/laureate-bound-crud.js';
import { Diagnostic } from './diagnostic.entity.js';
import { diagnosticListSpec } from './diagnostics.list-spec.js';
import type { CreateDiagnosticDto, UpdateDiagnosticDto } from './dto/diagnostic.dto.js';

async function defaultSeason(diagnostic: Partial<Diagnostic>, em: EntityManager): Promise<void> {
  if (diagnostic.seasonId) return;
  const [laureate] = await em.query(`SELECT season_id FROM laureates WHERE id = $1`, [diagnostic.laureateId]);
  diagnostic.seasonId = laureate.season_id;
}

/** One joint diagnostic per laureate and season (unique index: a second one answers 409). */
export class DiagnosticsService extends LaureateBoundCrud<Diagnostic, CreateDiagnosticDto, UpdateDiagnosticDto>(
  Diagnostic,
  'diagnostics',
  diagnosticListSpec,
  defaultSeason,
) {}
