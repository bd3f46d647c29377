import type { Panel, Role } from '@aic/domain';
import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountMailsService } from '../auth/account-mails.service.js';
import { hashPassword } from '../auth/password-hasher.js';
import { SessionsService } from '../auth/sessions.service.js';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
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
    private readonly accountMails: AccountMailsService,
  ) {}

  list(query: ListQuery) {
    return findList(this.dataSource.getRepository(User).createQueryBuilder('u'), query, userListSpec);
  }

  async getOrFail(id: number): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw notFound('users', id);
    return user;
  }

  /** Without a password, the person is e-mailed an invitation to choose one (until then, no password works). */
  async create(dto: CreateUserDto, actor: Actor): Promise<User> {
    const { password, ...values } = dto;
    const passwordHash = password ? await hashPassword(password) : null;
    const roles = unique(values.roles);
    return this.writer.transaction(async (em) => {
      const user = await this.writer.create(User, 'users', { ...values, roles, panel: panelFor(roles, values.panel ?? null), passwordHash }, actor, em);
      if (password === undefined && user.active) await this.accountMails.invite(user.id, em);
      return user;
    });
  }

  /** A new invitation e-mail; the earlier links stop working. */
  async invite(id: number): Promise<void> {
    await this.accountMails.invite(id);
  }

  async update(id: number, dto: UpdateUserDto, actor: Actor): Promise<User> {
    const { version, password, ...values } = dto;
    const patch: Partial<User> = { ...values, roles: values.roles && unique(values.roles) };
    if (password) patch.passwordHash = await hashPassword(password);
    const touchesAdmins = patch.roles !== undefined || patch.active !== undefined;
    const updated = await this.writer.transaction(async (em) => {
      if (touchesAdmins) await lockActiveAdmins(em);
      const check = async (current: User, tx: EntityManager) => {
        if (patch.roles !== undefined || patch.panel !== undefined) patch.panel = panelFor(patch.roles ?? current.roles, patch.panel === undefined ? current.panel : patch.panel);
        if (!touchesAdmins) return;
        if (current.id === actor.user.id && current.active && patch.active === false) throw ownDeactivation();
        const staysAdmin = (patch.active ?? current.active) && (patch.roles ?? current.roles).includes('admin');
        if (isActiveAdmin(current) && !staysAdmin) await assertAnotherActiveAdmin(tx, current.id);
      };
      return this.writer.update(User, 'users', id, version, patch, actor, { check }, em);
    });
    // Deactivation or a password reset ends the user's sessions at once.
    if (values.active === false || password) await this.sessions.revokeAllOf(id);
    return updated;
  }

  /** Only an account that never did anything may be deleted; others are deactivated. */
  async remove(id: number, actor: Actor): Promise<User> {
    return this.writer.remove(User, 'users', id, actor, {
      check: async (current, em) => {
        if (isActiveAdmin(current)) {
          await lockActiveAdmins(em);
          await assertAnotherActiveAdmin(em, current.id);
        }
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

/** An evaluator sits on a panel (400 without one); any other account has none (a panel left from before is cleared). */
function panelFor(roles: Role[], panel: Panel | null): Panel | null {
  if (!roles.includes('evaluator')) return null;
  if (panel === null) throw invalidField('panel', bilingual('Précisez le collège de cet évaluateur : jury ou citoyens', "Give this evaluator's panel: jury or citizens"));
  return panel;
}

const isActiveAdmin = (user: User) => user.active && user.roles.includes('admin');

const ownDeactivation = () =>
  new ConflictException({
    message: bilingual('Vous ne pouvez pas désactiver votre propre compte', 'You cannot deactivate your own account'),
    errors: { active: bilingual('Impossible pour votre propre compte', 'Not possible for your own account') },
  });

/**
 * Row locks on every active admin, in id order, before the changed account is locked: two admins demoting or
 * deactivating each other at once are serialised (the second sees the first's change), without deadlock.
 */
async function lockActiveAdmins(em: EntityManager): Promise<void> {
  await em.query(`SELECT id FROM users WHERE active AND 'admin' = ANY(roles) ORDER BY id FOR UPDATE`);
}

/** The programme must keep someone able to manage accounts: refuses to remove the last active admin (409). */
async function assertAnotherActiveAdmin(em: EntityManager, id: number): Promise<void> {
  const [{ others }] = await em.query(`SELECT count(*)::int AS others FROM users WHERE active AND 'admin' = ANY(roles) AND id <> $1`, [id]);
  if (others === 0) {
    throw new ConflictException({
      message: bilingual(
        "Ce compte est le dernier administrateur actif : nommez d'abord un autre administrateur",
        'This account is the last active administrator: make someone else an administrator first',
      ),
    });
  }
}
