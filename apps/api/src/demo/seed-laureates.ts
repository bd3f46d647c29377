import type { EntityManager } from 'typeorm';
import { Action } from '../accompaniment/actions/action.entity.js';
import { Contact } from '../directory/contacts/contact.entity.js';
import { Diagnostic } from '../accompaniment/diagnostics/diagnostic.entity.js';
import { Interaction } from '../accompaniment/interactions/interaction.entity.js';
import { Laureate } from '../accompaniment/laureates/laureate.entity.js';
import { Objective } from '../accompaniment/objectives/objective.entity.js';
import { Partnership } from '../accompaniment/partnerships/partnership.entity.js';
import { ReferentAssignment } from '../accompaniment/referent-assignments/referent-assignment.entity.js';
import { season1Laureates, season2Laureates, type DemoContact, type DemoLaureate, type DemoSeason2Laureate } from './data/index.js';
import type { DemoIds } from './seed-demo.js';

const SEASON1 = { startedOn: '2022-04-14', phase2StartedOn: '2022-09-01', endedOn: '2022-11-29' };

/** Fictional staff split so that each manager and each referent has some laureates and not others. */
const MANAGERS = ['charge.a@demo.aic.test', 'charge.b@demo.aic.test'];
const REFERENTS = ['referent.a@demo.aic.test', 'referent.b@demo.aic.test'];

const daysFromToday = (days: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date;
};
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Season-1 achievements are spread over the accompaniment, May to November 2022. */
const season1DoneOn = (index: number, count: number) => isoDay(new Date(Date.UTC(2022, 4 + Math.round((index * 6) / Math.max(count, 1)), 15)));

/** Returns laureate ids by their key in the data files. */
export async function seedLaureates(em: EntityManager, ids: DemoIds): Promise<Map<string, number>> {
  const laureateIds = new Map<string, number>();
  const all: Array<{ data: DemoLaureate | DemoSeason2Laureate; season: 's1' | 's2' }> = [
    ...season1Laureates.map((data) => ({ data, season: 's1' as const })),
    ...season2Laureates.map((data) => ({ data, season: 's2' as const })),
  ];
  for (const [index, { data, season }] of all.entries()) {
    const managerId = ids.users.get(MANAGERS[index % 2])!;
    const referentId = ids.users.get(REFERENTS[index % 2])!;
    const laureate = await em.save(Laureate, em.create(Laureate, laureateValues(data, season, ids, managerId)));
    laureateIds.set(data.key, laureate.id);
    await em.save(
      ReferentAssignment,
      em.create(ReferentAssignment, {
        laureateId: laureate.id,
        userId: referentId,
        kind: 'interministerial',
        organisationId: ids.organisations.get(data.track) ?? null,
        since: season === 's1' ? SEASON1.startedOn : isoDay(daysFromToday(-150)),
      }),
    );
    const contactIds = await seedTeam(em, laureate.id, data.contacts);
    if ('diagnostic' in data) await seedSeason2Accompaniment(em, ids, laureate, data, managerId, contactIds);
    else await seedSeason1Accompaniment(em, ids, laureate, data, managerId);
  }
  return laureateIds;
}

function laureateValues(data: DemoLaureate | DemoSeason2Laureate, season: 's1' | 's2', ids: DemoIds, managerId: number): Partial<Laureate> {
  const common = {
    seasonId: ids.seasons.get(season)!,
    name: data.name,
    track: data.track,
    carrierOrganisationId: ids.organisations.get(data.carrierKey)!,
    tagline: data.tagline,
    mission: data.mission,
    publicServiceContribution: data.publicServiceContribution,
    website: data.website,
    themes: data.themes,
    territory: data.territory,
    accelerationManagerId: managerId,
    nextSteps: data.nextSteps,
  };
  if ('diagnostic' in data) {
    return { ...common, phase: 'phase1', startedOn: isoDay(daysFromToday(-150)), health: data.health, healthReason: data.healthReason };
  }
  // Season 1 is over: every laureate completed; the 5 renewed ones went through Phase 2.
  return {
    ...common,
    phase: 'completed',
    startedOn: SEASON1.startedOn,
    phase2StartedOn: data.renewed ? SEASON1.phase2StartedOn : null,
    endedOn: SEASON1.endedOn,
    results: data.results.join('\n') || null,
    health: 'on_track',
  };
}

async function seedTeam(em: EntityManager, laureateId: number, contacts: DemoContact[]): Promise<number[]> {
  const contactIds: number[] = [];
  for (const c of contacts) {
    const { roleInProject, ...values } = c;
    const contact = await em.save(Contact, em.create(Contact, values));
    await em.query(`INSERT INTO laureate_contacts (laureate_id, contact_id, role) VALUES ($1, $2, $3)`, [laureateId, contact.id, roleInProject]);
    contactIds.push(contact.id);
  }
  return contactIds;
}

async function seedSeason1Accompaniment(em: EntityManager, ids: DemoIds, laureate: Laureate, data: DemoLaureate, managerId: number): Promise<void> {
  for (const p of data.partners) {
    await em.save(
      Partnership,
      em.create(Partnership, {
        laureateId: laureate.id,
        organisationId: ids.organisations.get(p.organisationKey)!,
        purpose: p.purpose,
        since: SEASON1.startedOn,
        status: 'agreement',
        notes: p.notes ?? null,
      }),
    );
  }
  for (const [i, a] of data.achievements.entries()) {
    await em.save(
      Action,
      em.create(Action, { laureateId: laureate.id, axis: a.axis, supportType: a.supportType, title: a.title, description: a.description, status: 'done', doneOn: season1DoneOn(i, data.achievements.length), ownerId: managerId }),
    );
  }
  await em.save(
    Interaction,
    em.create(Interaction, {
      laureateId: laureate.id,
      kind: 'event',
      occurredAt: new Date('2022-11-29T09:00:00Z'),
      title: 'Événement de clôture de la 1re promotion',
      summary: data.quote ? `Témoignage : « ${data.quote} »` : 'Présentation des résultats de l’accompagnement.',
      userIds: [managerId],
    }),
  );
}

async function seedSeason2Accompaniment(
  em: EntityManager,
  ids: DemoIds,
  laureate: Laureate,
  data: DemoSeason2Laureate,
  managerId: number,
  contactIds: number[],
): Promise<void> {
  const { heldInDays, ...diagnosticValues } = data.diagnostic;
  const diagnostic = await em.save(Diagnostic, em.create(Diagnostic, { ...diagnosticValues, laureateId: laureate.id, seasonId: laureate.seasonId, heldOn: isoDay(daysFromToday(heldInDays)) }));
  const objectiveIds: number[] = [];
  for (const o of data.objectives) {
    const { targetInDays, ...values } = o;
    const objective = await em.save(Objective, em.create(Objective, { ...values, laureateId: laureate.id, diagnosticId: diagnostic.id, targetDate: isoDay(daysFromToday(targetInDays)) }));
    objectiveIds.push(objective.id);
  }
  for (const a of data.actions) {
    const { dueInDays, doneInDays, objectiveIndex, ...values } = a;
    await em.save(
      Action,
      em.create(Action, {
        ...values,
        laureateId: laureate.id,
        objectiveId: objectiveIndex === null ? null : objectiveIds[objectiveIndex],
        dueOn: dueInDays === null ? null : isoDay(daysFromToday(dueInDays)),
        doneOn: a.status === 'done' && doneInDays !== null ? isoDay(daysFromToday(doneInDays)) : null,
        ownerId: managerId,
      }),
    );
  }
  for (const i of data.interactions) {
    const { occurredInDays, organisationKey, ...values } = i;
    const occurredAt = daysFromToday(occurredInDays);
    occurredAt.setUTCHours(9, 30, 0, 0);
    await em.save(
      Interaction,
      em.create(Interaction, {
        ...values,
        laureateId: laureate.id,
        occurredAt,
        organisationId: organisationKey ? ids.organisations.get(organisationKey)! : null,
        contactIds: i.kind === 'email' ? contactIds.slice(0, 1) : contactIds,
        userIds: [managerId],
      }),
    );
  }
  for (const p of data.partners) {
    await em.save(
      Partnership,
      em.create(Partnership, {
        laureateId: laureate.id,
        organisationId: ids.organisations.get(p.organisationKey)!,
        purpose: p.purpose,
        status: p.status,
        since: isoDay(daysFromToday(p.sinceInDays)),
        notes: p.notes ?? null,
      }),
    );
  }
}
