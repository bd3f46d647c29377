import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { laureateReadCondition } from '../../common/scope/laureate-access.js';
import { LaureateBoundRecords } from '../../common/scope/laureate-bound-records.js';
import type { CreateMeasurementDto, UpdateMeasurementDto } from './dto/measurement.dto.js';
import { Measurement } from './measurement.entity.js';
import { measurementListSpec } from './measurements.list-spec.js';

/** Measurements hang off an indicator; they carry its laureate so that the shared scoping and write rules apply. */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly records: LaureateBoundRecords,
    private readonly dataSource: DataSource,
  ) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(Measurement, measurementListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(Measurement, 'measurements', id, actor);
  }

  async create(dto: CreateMeasurementDto, actor: Actor) {
    return this.records.create(Measurement, 'measurements', { ...dto, laureateId: await this.laureateOf(dto.indicatorId, actor) }, actor);
  }

  async update(id: number, dto: UpdateMeasurementDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    const changes: Partial<Measurement> = { ...patch };
    if (patch.indicatorId !== undefined) changes.laureateId = await this.laureateOf(patch.indicatorId, actor);
    return this.records.update(Measurement, 'measurements', id, version, changes, actor);
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(Measurement, 'measurements', id, actor);
  }

  /** The indicator's laureate; an indicator the caller cannot read is reported missing (its existence is not leaked). */
  private async laureateOf(indicatorId: number, actor: Actor): Promise<number> {
    const condition = laureateReadCondition(actor.user, 'i.laureate_id') ?? 'true';
    const query = `SELECT laureate_id FROM indicators i WHERE i.id = $1 AND ${condition}`;
    const [row] = await this.dataSource.query(query, [indicatorId]);
    if (!row) throw invalidField('indicatorId', bilingual('Indicateur introuvable', 'Indicator not found'));
    return row.laureate_id;
  }
}
