import { AXES, OBJECTIVE_STATUSES, type Axis, type ObjectiveStatus } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, MultilineText, OneOf, OptionalId, RequiredId, RequiredText } from '../../../common/validation/fields.js';

export class CreateObjectiveDto {
  @RequiredId()
  laureateId: number;

  @OptionalId()
  diagnosticId?: number | null;

  @OneOf(AXES)
  axis: Axis;

  @RequiredText(300)
  title: string;

  @MultilineText()
  description?: string | null;

  @DateOnly()
  targetDate?: string | null;

  @OneOf(OBJECTIVE_STATUSES, false)
  status?: ObjectiveStatus;
}

export class UpdateObjectiveDto extends UpdateDtoOf(CreateObjectiveDto) {}
