import { DEMO_ACCOUNTS, type AuthUser, type LoginResponse } from '@aic/domain';
import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import { AuditService } from '../audit-events/audit.service.js';
import type { Actor, RequestUser } from '../../common/auth/request-user.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import type { AppConfig } from '../../config.js';
import { User } from '../users/user.entity.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';

const BAD_CREDENTIALS = bilingual('Adresse e-mail ou mot de passe incorrect', 'Incorrect email address or password');
const DEACTIVATED = bilingual(
  'Ce compte est désactivé : demandez à un administrateur de le réactiver',
  'This account is deactivated: ask an administrator to reactivate it',
);

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(rawEmail: string, password: string, ip: string | null): Promise<LoginResponse> {
    const email = rawEmail.trim().toLowerCase();
    await this.throttle.assertAllowed(email, ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('aic_name_key(u.email) = aic_name_key(:email)', { email })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH_PROMISE), password);
    if (!user || !valid) {
      await this.throttle.record(email, ip, false);
      throw new UnauthorizedException({ message: BAD_CREDENTIALS });
    }
    // Said only to whoever knows the password: the account's existence is not revealed to anyone else.
    if (!user.active) {
      await this.throttle.record(email, ip, false);
      throw new ForbiddenException({ message: DEACTIVATED });
    }
    await this.throttle.record(email, ip, true);
    await this.throttle.purgeOld();
    await this.sessions.purgeEnded();
    await this.dataSource.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
    return { token: await this.sessions.open(user.id), user: toAuthUser(user) };
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.user.id })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw invalidField('currentPassword', bilingual('Mot de passe actuel incorrect', 'Current password is incorrect'));
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (em) => {
      await em.query(`UPDATE users SET password_hash = $1, version = version + 1, updated_at = now() WHERE id = $2`, [passwordHash, user.id]);
      await this.audit.record(em, actor, 'users', user.id, 'update', { password: { before: '***', after: '***' } });
    });
    // Other devices must log in again with the new password.
    await this.sessions.revokeAllOf(user.id, actor.user.sessionId);
  }

  logout(user: RequestUser): Promise<void> {
    return this.sessions.revoke(user.sessionId);
  }

  /** The demo accounts that exist and are active (a deactivated one would only fail to sign in). */
  async demoAccounts() {
    if (!this.config.demo) return [];
    const rows: Array<{ email: string }> = await this.dataSource.query(
      `SELECT email FROM users WHERE active AND aic_name_key(email) = ANY($1::text[])`,
      [DEMO_ACCOUNTS.map((account) => account.email)],
    );
    const active = new Set(rows.map((row) => row.email));
    return DEMO_ACCOUNTS.filter((account) => active.has(account.email));
  }
}

export const toAuthUser = (user: Pick<User, 'id' | 'email' | 'fullName' | 'roles' | 'panel'> | RequestUser): AuthUser => ({
  id: user.id,
  email: user.email,
  fullName: user.fullName,
  roles: user.roles,
  panel: user.panel ?? null,
});
