import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { AccountMailsService } from './account-mails.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordTokensService } from './password-tokens.service.js';
import { SessionsService } from './sessions.service.js';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, SessionsService, LoginThrottleService, PasswordTokensService, AccountMailsService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionsService, PasswordTokensService, AccountMailsService],
})
export class AuthModule {}
