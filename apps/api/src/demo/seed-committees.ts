import type { EntityManager } from 'typeorm';
import { AgendaItem } from '../committees/agenda-items/agenda-item.entity.js';
import { Commitment } from '../committees/commitments/commitment.entity.js';
import { draftMinutes } from '../committees/committees/committee-minutes.js';
import { Committee } from '../committees/committees/committee.entity.js';
import { Decision } from '../committees/decisions/decision.entity.js';
import { Disbursement } from '../funding/disbursements/disbursement.entity.js';
import { Grant } from '../funding/grants/grant.entity.js';
import {
  season1AccelerationCommittee as acceleration,
  season1Commitments,
  season1EngagementCommittee as engagement,
  season1Grants,
  season1Laureates,
  season2AccelerationCommittee as upcoming,
  season2Laureates,
} from './data/index.js';
import type { DemoIds } from './seed-demo.js';

const ILLUSTRATIVE = 'Répartition illustrative : les documents publient le total (plus de 800 K€ à 7 des 9 lauréats), pas le détail par lauréat.';

/** Who presents a laureate to a committee: its acceleration manager (a fictional demo person), by name. */
async function presenterOf(em: EntityManager, laureateId: number): Promise<string | null> {
  const [row] = await em.query(`SELECT u.full_name FROM laureates l JOIN users u ON u.id = l.acceleration_manager_id WHERE l.id = $1`, [laureateId]);
  return row?.full_name ?? null;
}

export async function seedCommittees(em: EntityManager, ids: DemoIds, laureates: Map<string, number>): Promise<void> {
  const lead = ids.users.get('pilote@demo.aic.test')!;
  const members = [lead, ids.users.get('charge.a@demo.aic.test')!, ids.users.get('charge.b@demo.aic.test')!];
  const external = [
    { name: 'Personnalité qualifiée (fictive) A', organisation: 'Écosystème de l’innovation sociale' },
    { name: 'Personnalité qualifiée (fictive) B', organisation: 'Écosystème des communs numériques' },
  ];

  // Season 1, acceleration committee: the 5 renewed continue, the 4 others stop; 7 laureates funded.
  const s1 = await em.save(
    Committee,
    em.create(Committee, { seasonId: ids.seasons.get('s1')!, kind: 'acceleration', title: acceleration.title, heldOn: acceleration.heldOn, place: acceleration.place, status: 'closed', closedAt: new Date(`${acceleration.heldOn}T18:00:00Z`), memberIds: members, externalMembers: external }),
  );
  for (const [i, l] of season1Laureates.entries()) {
    const laureateId = laureates.get(l.key)!;
    const funding = season1Grants.find((g) => g.laureateKey === l.key);
    await em.save(AgendaItem, em.create(AgendaItem, { committeeId: s1.id, laureateId, position: i + 1, presenter: await presenterOf(em, laureateId), requestedFunding: funding?.amount ?? null, phaseAtSession: 'phase1', healthAtSession: 'on_track' }));
    const decision = await em.save(
      Decision,
      em.create(Decision, {
        committeeId: s1.id,
        laureateId,
        outcome: l.renewed ? 'continue' : 'stop',
        rationale: l.renewed ? acceleration.continueRationale : acceleration.stopRationale,
        fundingGranted: funding?.amount ?? 0,
        decidedAt: new Date(`${acceleration.heldOn}T17:00:00Z`),
        decidedById: lead,
      }),
    );
    if (funding) {
      const grant = await em.save(
        Grant,
        em.create(Grant, { laureateId, decisionId: decision.id, amount: funding.amount, purpose: funding.purpose, status: 'paid', agreementSignedOn: '2022-09-15', justificationDueOn: '2023-06-30', justificationReceivedOn: '2023-06-15', notes: ILLUSTRATIVE }),
      );
      await em.save(Disbursement, em.create(Disbursement, { grantId: grant.id, amount: funding.amount, paidOn: '2022-10-03', reference: `DEMO-2022-${String(i + 1).padStart(3, '0')}` }));
    }
  }

  // Season 1, engagement committee: the 5 renewed laureates and their partners' commitments.
  const renewed = season1Laureates.filter((l) => l.renewed);
  const s1e = await em.save(
    Committee,
    em.create(Committee, { seasonId: ids.seasons.get('s1')!, kind: 'engagement', title: engagement.title, heldOn: engagement.heldOn, place: engagement.place, status: 'closed', closedAt: new Date(`${engagement.heldOn}T18:00:00Z`), memberIds: members, externalMembers: external }),
  );
  for (const [i, l] of renewed.entries()) {
    const laureateId = laureates.get(l.key)!;
    await em.save(AgendaItem, em.create(AgendaItem, { committeeId: s1e.id, laureateId, position: i + 1, phaseAtSession: 'phase2', healthAtSession: 'on_track' }));
    await em.save(Decision, em.create(Decision, { committeeId: s1e.id, laureateId, outcome: 'continue', rationale: engagement.rationale, decidedAt: new Date(`${engagement.heldOn}T17:00:00Z`), decidedById: lead }));
  }
  for (const c of season1Commitments) {
    await em.save(
      Commitment,
      em.create(Commitment, { laureateId: laureates.get(c.laureateKey)!, committeeId: s1e.id, organisationId: ids.organisations.get(c.organisationKey)!, kind: c.kind, description: c.description, status: c.status, dueOn: '2023-06-30' }),
    );
  }

  // The closed committees' minutes, as closing a committee drafts them from its decisions (read over since).
  for (const committee of [s1, s1e]) {
    await em.update(Committee, committee.id, { minutes: await draftMinutes(em, committee, committee.heldOn!, 'fr', { asDraft: false }) });
  }

  // Season 2: the upcoming acceleration committee, agenda ready, no decision yet.
  const heldOn = new Date(Date.now() + upcoming.heldInDays * 86_400_000).toISOString().slice(0, 10);
  const s2 = await em.save(
    Committee,
    em.create(Committee, { seasonId: ids.seasons.get('s2')!, kind: 'acceleration', title: upcoming.title, heldOn, startTime: upcoming.startTime, endTime: upcoming.endTime, place: upcoming.place, status: 'planned', memberIds: members, externalMembers: external }),
  );
  for (const [i, l] of season2Laureates.entries()) {
    const request = upcoming.requests[i % upcoming.requests.length];
    const laureateId = laureates.get(l.key)!;
    await em.save(
      AgendaItem,
      em.create(AgendaItem, { committeeId: s2.id, laureateId, position: i + 1, presenter: await presenterOf(em, laureateId), ...request, briefingNotes: l.healthReason ? `Point d'attention : ${l.healthReason}` : null }),
    );
  }
}
