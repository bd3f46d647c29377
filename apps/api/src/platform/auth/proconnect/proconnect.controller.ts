import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AnyRole, CurrentUser, Public } from '../../../common/auth/decorators.js';
import type { RequestUser } from '../../../common/auth/request-user.js';
import { OpenSessionDto } from './dto/open-session.dto.js';
import { refusalPage } from './pages.js';
import { FLOW_MINUTES, ProConnectService } from './proconnect.service.js';
import { REFUSAL_STATUS, SignInRefused } from './sign-in-refused.js';

/** Binds a sign-in to the browser that started it: a callback URL sent to someone else opens nothing (login CSRF). */
const COOKIE = 'aic_proconnect';
const COOKIE_PATH = '/api/auth/proconnect';

/** The browser navigates through these routes (redirects and pages); only `session` and `logout` answer JSON. */
@ApiTags('auth')
@Controller('auth/proconnect')
export class ProConnectController {
  constructor(private readonly proconnect: ProConnectService) {}

  /** The ProConnect button's target: off to the provider's authorization endpoint. */
  @Public()
  @Get('login')
  async login(@Res() reply: FastifyReply) {
    try {
      const { url, browserKey } = await this.proconnect.start();
      reply.header('Set-Cookie', this.cookie(browserKey, FLOW_MINUTES * 60)).redirect(url, 302);
    } catch (error) {
      this.refuse(reply, error);
    }
  }

  /** The redirect URI registered with ProConnect: back to the login page with a one-time code, or a page saying why not. */
  @Public()
  @Get('callback')
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    try {
      if (!this.proconnect.configured) throw new SignInRefused('not_configured');
      const code = await this.proconnect.callback(search, readCookie(request.headers.cookie, COOKIE));
      // In the fragment (the admin's hash route): never sent to a server, nor in a Referer. The cookie stays for the trade.
      reply.redirect(`${this.proconnect.loginPageUrl}?proconnect=${code}`, 302);
    } catch (error) {
      reply.header('Set-Cookie', this.cookie('', 0));
      this.refuse(reply, error);
    }
  }

  /** The login page trades the one-time code for the product's session, as a password login answers (same browser only). */
  @Public()
  @Post('session')
  @HttpCode(200)
  async openSession(@Body() body: OpenSessionDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const session = await this.proconnect.openSession(body.code, readCookie(request.headers.cookie, COOKIE));
    reply.header('Set-Cookie', this.cookie('', 0));
    return session;
  }

  /** Ends the session; `url` (the provider's end_session_endpoint) ends the ProConnect one when the session came from it. */
  @ApiBearerAuth()
  @AnyRole()
  @Post('logout')
  @HttpCode(200)
  logout(@CurrentUser() user: RequestUser) {
    return this.proconnect.logout(user);
  }

  /** The post_logout_redirect_uri: back to the login page after the provider's logout. */
  @Public()
  @Get('logged-out')
  async loggedOut(@Query('state') state: unknown, @Res() reply: FastifyReply) {
    if (!this.proconnect.configured) {
      this.refuse(reply, new SignInRefused('not_configured'));
    } else if (typeof state === 'string' && (await this.proconnect.loggedOut(state))) {
      reply.redirect(this.proconnect.loginPageUrl, 302);
    } else {
      this.refuse(reply, new SignInRefused('invalid_logout'));
    }
  }

  private refuse(reply: FastifyReply, error: unknown): void {
    if (!(error instanceof SignInRefused)) throw error;
    reply
      .status(REFUSAL_STATUS[error.reason])
      .header('Content-Type', 'text/html; charset=utf-8')
      .send(refusalPage(error.reason, error.email, this.proconnect.loginPageUrl));
  }

  private cookie(value: string, maxAge: number): string {
    return `${COOKIE}=${value}; Path=${COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${this.proconnect.secureCookies ? '; Secure' : ''}`;
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || undefined;
  }
  return undefined;
}
