import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentActor, CurrentUser, Public } from '../../common/auth/decorators.js';
import type { Actor, RequestUser } from '../../common/auth/request-user.js';
import { AuthService, toAuthUser } from './auth.service.js';
import { AccountMailsService } from './account-mails.service.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { PasswordResetRequestDto, PasswordTokenDto, SetPasswordDto } from './dto/password-link.dto.js';
import { PasswordTokensService } from './password-tokens.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accountMails: AccountMailsService,
    private readonly passwordTokens: PasswordTokensService,
  ) {}

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

  /** What the login page offers: the password form (AUTH_PASSWORD), the ProConnect button (when configured). */
  @Public()
  @Get('methods')
  methods() {
    return this.auth.methods();
  }

  /** Forgotten password: the same empty answer whether or not the e-mail is an account's (a link is e-mailed if it is). */
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  async requestPasswordReset(@Body() body: PasswordResetRequestDto, @Ip() ip: string | undefined) {
    await this.accountMails.requestPasswordReset(body.email, ip ?? null);
  }

  /** Whom the link of an invitation or a forgotten-password e-mail is for, while it is valid (else 400). */
  @Public()
  @Post('password-token')
  @HttpCode(200)
  async checkPasswordToken(@Body() body: PasswordTokenDto) {
    const { email, fullName, purpose } = await this.passwordTokens.check(body.token);
    return { email, fullName, purpose };
  }

  /** Sets the password with such a link, once; the account's sessions end. */
  @Public()
  @Post('password-token/use')
  @HttpCode(204)
  async usePasswordToken(@Body() body: SetPasswordDto) {
    await this.passwordTokens.use(body.token, body.password);
  }

  /** Listed on the login page in demo mode only; empty otherwise. */
  @Public()
  @Get('demo-accounts')
  demoAccounts() {
    return this.auth.demoAccounts();
  }
}
