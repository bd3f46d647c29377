import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@aic/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../platform/auth/password-hasher.js';
import { Organisation } from '../directory/organisations/organisation.entity.js';
import { Season } from '../programme/seasons/season.entity.js';
import { User } from '../platform/users/user.entity.js';
import { demoOrganisations, demoSeasons } from './data/index.js';
import { seedCommittees } from './seed-committees.js';
import { seedImpact } from './seed-impact.js';
import { seedLaureates } from './seed-laureates.js';

/** Ids of the demo records by their key in the data files, for the seeders that hang off them. */
export interface DemoIds {
  users: Map<string, number>;
  seasons: Map<string, number>;
  organisations: Map<string, number>;
}

/** Loads the demo data set into an empty database, in one transaction; does nothing otherwise. */
export async function seedDemoIfEmpty(dataSource: DataSource, log: (message: string) => void): Promise<boolean> {
  const [{ empty }] = await dataSource.query(`SELECT NOT EXISTS (SELECT 1 FROM users) AND NOT EXISTS (SELECT 1 FROM seasons) AS empty`);
  if (!empty) return false;
  await dataSource.transaction(async (em) => {
    const ids: DemoIds = { users: await seedAccounts(em), seasons: await seedSeasons(em), organisations: await seedOrganisations(em) };
    const laureates = await seedLaureates(em, ids);
    await seedCommittees(em, ids, laureates);
    await seedImpact(em, ids, laureates);
  });
  log('demo data loaded');
  return true;
}

async function seedAccounts(em: EntityManager): Promise<Map<string, number>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, number>();
  for (const account of DEMO_ACCOUNTS) {
    const saved = await em.save(User, em.create(User, { ...account, passwordHash, active: true }));
    ids.set(account.email, saved.id);
  }
  return ids;
}

async function seedSeasons(em: EntityManager): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const s of demoSeasons) {
    const saved = await em.save(
      Season,
      em.create(Season, {
        name: s.name,
        year: s.year,
        theme: s.theme,
        callOpensOn: s.callOpensOn,
        callClosesOn: s.callClosesOn,
        accompanimentStartsOn: s.accompanimentStartsOn,
        accompanimentEndsOn: s.accompanimentEndsOn,
        status: s.status,
        fundingEnvelope: s.fundingEnvelopeEuros,
        notes: s.notes ?? null,
      }),
    );
    ids.set(s.key, saved.id);
  }
  return ids;
}

/** Parents first: the data lists an organisation after its parent, or it is inserted in a second pass. */
async function seedOrganisations(em: EntityManager): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  let pending = [...demoOrganisations];
  while (pending.length > 0) {
    const ready = pending.filter((o) => !o.parentKey || ids.has(o.parentKey));
    if (ready.length === 0) throw new Error(`demo organisations with unknown parents: ${pending.map((o) => o.key).join(', ')}`);
    for (const o of ready) {
      const saved = await em.save(
        Organisation,
        em.create(Organisation, {
          name: o.name,
          kind: o.kind,
          parentId: o.parentKey ? ids.get(o.parentKey)! : null,
          acronym: o.acronym ?? null,
          territory: o.territory ?? null,
          website: o.website ?? null,
          notes: o.notes ?? null,
        }),
      );
      ids.set(o.key, saved.id);
    }
    pending = pending.filter((o) => !ids.has(o.key));
  }
  return ids;
}
