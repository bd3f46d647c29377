import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import { bilingual } from '../../common/errors/bilingual.js';
import type { AppConfig } from '../../config.js';

/**
 * Brute-force protection without lock-out. Within the window, failures are counted
 * - per e-mail × client address: `loginMaxFailures` failures for one account from one address refuse that pair (429);
 * - per client address, whatever the e-mails: `loginMaxFailuresPerAddress` refuse that address (password spraying).
 * Nothing is counted per e-mail alone: an attacker hammering an account from one address cannot keep its owner, at
 * another address, from signing in. Refused attempts are not recorded, so hammering does not extend the refusal.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_pair, count(*)::int AS by_address
         FROM login_attempts
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3) AND ip IS NOT DISTINCT FROM $2`,
      [email, ip, this.config.loginWindowMinutes],
    );
    if (row.by_pair >= this.config.loginMaxFailures || row.by_address >= this.config.loginMaxFailuresPerAddress) {
      throw new HttpException(
        {
          message: bilingual(
            `Trop de tentatives de connexion depuis cette adresse : réessayez dans ${this.config.loginWindowMinutes} minutes`,
            `Too many login attempts from this address: try again in ${this.config.loginWindowMinutes} minutes`,
          ),
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  /** Login attempts are personal data (e-mail, address): kept 30 days. */
  async purgeOld(): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempts WHERE attempted_at < now() - interval '30 days'`);
  }

  async record(email: string, ip: string | null, succeeded: boolean): Promise<void> {
    await this.dataSource.query(`INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, $3)`, [email, ip, succeeded]);
  }
}
