import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import { bilingual } from '../../common/errors/bilingual.js';
import type { AppConfig } from '../../config.js';

/** Refuses logins (429) after too many recent failures for one e-mail, or from one address. */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM login_attempts
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, this.config.loginWindowMinutes],
    );
    const max = this.config.loginMaxFailures;
    if (row.by_email >= max || row.by_ip >= max * 4) {
      throw new HttpException(
        {
          message: bilingual(
            `Trop de tentatives de connexion : réessayez dans ${this.config.loginWindowMinutes} minutes`,
            `Too many login attempts: try again in ${this.config.loginWindowMinutes} minutes`,
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
