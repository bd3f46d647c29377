import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IdList, Integer, RequiredId } from '../../../common/validation/fields.js';

export class CreateEvaluatorAssignmentDto {
  @RequiredId()
  applicationId: number;

  /** An active account with the evaluator role; the assignment takes its panel. */
  @RequiredId()
  evaluatorId: number;
}

/** "Each shortlisted application of call X to N jury members and M citizens, balanced." */
export class BulkAssignDto {
  @RequiredId()
  callId: number;

  @Integer(0, 20)
  juryCount: number;

  @Integer(0, 20)
  citizenCount: number;

  /** Only these evaluators (default: every active evaluator). */
  @ApiProperty({ required: false, type: [Number] })
  @IsOptional()
  @IdList(500)
  evaluatorIds?: number[];
}
