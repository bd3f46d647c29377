import { ACTION_STATUSES, AXES, SUPPORT_TYPES, type ActionStatus, type Axis, type SupportType } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, MultilineText, OneOf, OptionalId, RequiredId, RequiredText } from '../../../common/validation/fields.js';

export class CreateActionDto {
  @RequiredId()
  laureateId: number;

  @OptionalId()
  objectiveId?: number | null;

  /** Defaults to the objective's axis. */
  @OneOf(AXES, false)
  axis?: Axis;

  @OneOf(SUPPORT_TYPES)
  supportType: SupportType;

  @RequiredText(300)
  title: string;

  @MultilineText()
  description?: string | null;

  @OneOf(ACTION_STATUSES, false)
  status?: ActionStatus;

  @DateOnly()
  dueOn?: string | null;

  /** Defaults to today when the action is done. */
  @DateOnly()
  doneOn?: string | null;

  @OptionalId()
  ownerId?: number | null;

  @MultilineText()
  outcome?: string | null;
}

export class UpdateActionDto extends UpdateDtoOf(CreateActionDto) {}
