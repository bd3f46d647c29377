import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';
import { decimalTransformer } from '../indicators/decimal.transformer.js';

/** One value of an indicator at a date; carries its indicator's laureate for record-level scoping. */
@Entity({ name: 'measurements' })
export class Measurement extends VersionedEntity {
  @Column({ name: 'indicator_id', type: 'integer' })
  indicatorId: number;

  /** Set from the indicator (composite foreign key), never from the client. */
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ type: 'numeric', precision: 16, scale: 4, transformer: decimalTransformer })
  value: number;

  @Column({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
