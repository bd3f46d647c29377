import { DateOnly, OneOf } from '../../../common/validation/fields.js';

export const OPEN_ACTIONS_CHOICES = ['cancel', 'keep'] as const;

/** What the programme lead confirms when closing a committee. */
export class CloseCommitteeDto {
  /** The day the committee was actually held (default: its planned date, if that day has come). */
  @DateOnly()
  heldOn?: string | null;

  /** What becomes of the open actions of the laureates whose accompaniment ends (default: cancelled). */
  @OneOf(OPEN_ACTIONS_CHOICES, false)
  openActions?: (typeof OPEN_ACTIONS_CHOICES)[number];
}
