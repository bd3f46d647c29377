import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hasher.js';
import { SessionsService } from '../auth/sessions.service.js';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import { User } from './user.entity.js';
import { userListSpec } from './users.list-spec.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
    private readonly sessions: SessionsService,
  ) {}

  list(query: ListQuery) {
    return findList(this.dataSource.getRepository(User).createQueryBuilder('u'), query, userListSpec);
  }

  async getOrFail(id: number): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw notFound('users', id);
    return user;
  }

  async create(dto: CreateUserDto, actor: Actor): Promise<User> {
    const { password, ...values } = dto;
    return this.writer.create(User, 'users', { ...values, roles: unique(values.roles), passwordHash: await hashPassword(password) }, actor);
  }

  async update(id: number, dto: UpdateUserDto, actor: Actor): Promise<User> {
    const { version, password, ...values } = dto;
    const patch: Partial<User> = { ...values, roles: values.roles && unique(values.roles) };
    if (password) patch.passwordHash = await hashPassword(password);
    const updated = await this.writer.update(User, 'users', id, version, patch, actor);
    // Deactivation or a password reset ends the user's sessions at once.
    if (values.active === false || password) await this.sessions.revokeAllOf(id);
    return updated;
  }

  /** Only an account that never did anything may be deleted; others are deactivated. */
  async remove(id: number, actor: Actor): Promise<User> {
    return this.writer.remove(User, 'users', id, actor, {
      check: async (_, em) => {
        const [{ used }] = await em.query(
          `SELECT EXISTS (SELECT 1 FROM audit_events WHERE actor_id = $1) OR EXISTS (SELECT 1 FROM sessions WHERE user_id = $1) AS used`,
          [id],
        );
        if (used) throw new ConflictException({ message: bilingual('Ce compte a un historique : désactivez-le au lieu de le supprimer', 'This account has a history: deactivate it instead of deleting it') });
      },
    });
  }
}

const unique = <T>(values: T[]) => [...new Set(values)];
