import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { CurrentUser } from '../../common/auth/decorators.js';
import type { RequestUser } from '../../common/auth/request-user.js';
import { WeeklyDigestService } from './weekly-digest.service.js';

export class DigestSettingsDto {
  @IsBoolean()
  weeklyDigest: boolean;
}

/** The caller's choice to receive Monday's digest (sent to acceleration managers and programme leads). */
@ApiTags('account')
@ApiBearerAuth()
@Controller('account/digest')
export class DigestSettingsController {
  constructor(private readonly digest: WeeklyDigestService) {}

  @Get()
  get(@CurrentUser() user: RequestUser) {
    return this.digest.optIn(user.id);
  }

  @Put()
  set(@CurrentUser() user: RequestUser, @Body() body: DigestSettingsDto) {
    return this.digest.setOptIn(user.id, body.weeklyDigest);
  }
}
