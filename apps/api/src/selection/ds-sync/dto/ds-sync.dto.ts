import { IsBoolean, IsOptional } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { Integer, RequiredId } from '../../../common/validation/fields.js';

export class CreateDsSyncDto {
  @RequiredId()
  callId: number;

  /** The procedure's number on Démarches Simplifiées (`demarche(number)`). */
  @Integer(1, 2_147_483_647)
  procedureNumber: number;

  /** Included in the scheduled runs. */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateDsSyncDto extends UpdateDtoOf(CreateDsSyncDto) {}
