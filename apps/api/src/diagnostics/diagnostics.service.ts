import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/request-user.js';
import { splitVersion } from '../common/crud/version.dto.js';
import type { ListQuery } from '../common/list/list-query.js';
import { LaureateBoundRecords } from '../common/scope/laureate-bound-records.js';
import { Diagnostic } from './diagnostic.entity.js';
import { diagnosticListSpec } from './diagnostics.list-spec.js';
import type { CreateDiagnosticDto, UpdateDiagnosticDto } from './dto/diagnostic.dto.js';

/** One joint diagnostic per laureate and season (unique index: a second one answers 409). */
@Injectable()
export class DiagnosticsService {
  constructor(private readonly records: LaureateBoundRecords) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(Diagnostic, diagnosticListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(Diagnostic, 'diagnostics', id, actor);
  }

  create(dto: CreateDiagnosticDto, actor: Actor) {
    return this.records.create(Diagnostic, 'diagnostics', { ...dto }, actor, defaultSeason);
  }

  update(id: number, dto: UpdateDiagnosticDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    return this.records.update(Diagnostic, 'diagnostics', id, version, patch, actor);
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(Diagnostic, 'diagnostics', id, actor);
  }
}

async function defaultSeason(diagnostic: Partial<Diagnostic>, em: EntityManager): Promise<void> {
  if (diagnostic.seasonId) return;
  const [laureate] = await em.query(`SELECT season_id FROM laureates WHERE id = $1`, [diagnostic.laureateId]);
  diagnostic.seasonId = laureate.season_id;
}
