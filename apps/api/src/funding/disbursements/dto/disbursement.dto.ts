import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, Euros, OptionalText, RequiredId } from '../../../common/validation/fields.js';

export class CreateDisbursementDto {
  @RequiredId()
  grantId: number;

  @Euros({ required: true, min: 0.01 })
  amount: number;

  @DateOnly(true)
  paidOn: string;

  @OptionalText(200)
  reference?: string | null;
}

export class UpdateDisbursementDto extends UpdateDtoOf(CreateDisbursementDto) {}
