import type { IndicatorDirection } from '@aic/domain';
import { Column, Entity, VirtualColumn } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';
import { decimalTransformer } from './decimal.transformer.js';

const progress = (column: string) => (alias: string) => `SELECT p.${column} FROM indicator_progress p WHERE p.indicator_id = ${alias}.id`;

/** A laureate's measurable result (booklet: new weather stations, young people reached…), with a target. */
@Entity({ name: 'indicators' })
export class Indicator extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ name: 'baseline_value', type: 'numeric', precision: 16, scale: 4, transformer: decimalTransformer })
  baselineValue: number;

  @Column({ name: 'baseline_on', type: 'date', nullable: true })
  baselineOn: string | null;

  @Column({ name: 'target_value', type: 'numeric', precision: 16, scale: 4, transformer: decimalTransformer })
  targetValue: number;

  @Column({ name: 'target_on', type: 'date', nullable: true })
  targetOn: string | null;

  @Column({ type: 'text', default: 'higher_is_better' })
  direction: IndicatorDirection;

  // Progress toward target, computed in SQL by the view indicator_progress (read-only).
  @VirtualColumn({ type: 'numeric', transformer: decimalTransformer, query: progress('latest_value') })
  latestValue: number | null;

  @VirtualColumn({ type: 'date', query: progress('latest_measured_on') })
  latestMeasuredOn: string | null;

  @VirtualColumn({ type: 'numeric', transformer: decimalTransformer, query: progress('progress_percent') })
  progressPercent: number | null;

  @VirtualColumn({ type: 'boolean', query: progress('target_reached') })
  targetReached: boolean | null;
}
