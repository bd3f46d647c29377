import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentActor, CurrentUser, Public } from '../../common/auth/decorators.js';
import type { Actor, RequestUser } from '../../common/auth/request-user.js';
import { AuthService, toAuthUser } from './auth.service.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { LoginDto } from './dto/login.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Ip() ip: string | undefined) {
    return this.auth.login(body.email, body.password, ip ?? null);
  }

  @ApiBearerAuth()
  @AnyRole()
  @Get('me')
  me(@CurrentUser() user: RequestUser) {
    return toAuthUser(user);
  }

  @ApiBearerAuth()
  @AnyRole()
  @Post('logout')
  @HttpCode(204)
  logout(@CurrentUser() user: RequestUser) {
    return this.auth.logout(user);
  }

  @ApiBearerAuth()
  @AnyRole()
  @Post('password')
  @HttpCode(204)
  changePassword(@Body() body: ChangePasswordDto, @CurrentActor() actor: Actor) {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }

  /** Listed on the login page in demo mode only; empty otherwise. */
  @Public()
  @Get('demo-accounts')
  demoAccounts() {
    return this.auth.demoAccounts();
  }
}
