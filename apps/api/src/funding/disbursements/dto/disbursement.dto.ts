import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, OptionalText, RequiredId } from '../../../common/validation/fields.js';

export class CreateDisbursementDto {
  @RequiredId()
  grantId: number;

  @ApiProperty({ minimum: 0.01, description: 'euros, at most 2 decimals' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(999_999_999_999)
  amount: number;

  @DateOnly(true)
  paidOn: string;

  @OptionalText(200)
  reference?: string | null;
}

export class UpdateDisbursementDto extends UpdateDtoOf(CreateDisbursementDto) {}
