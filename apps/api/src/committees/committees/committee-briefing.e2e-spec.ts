import { AXES, DEMO_PASSWORD, ENGAGED_PARTNERSHIP_STATUSES, PARTNERSHIP_STATUSES } from '@aic/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { secondWaitsForFirst } from '../../../test/concurrent.js';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, login, startTestApp, type TestApp } from '../../../test/test-app.js';
import { sumEuros } from '../../common/crud/euros.transformer.js';
import { seedDemoIfEmpty } from '../../demo/seed-demo.js';

// The pack is JSON text built by PostgreSQL: pinned here byte for byte on a committee seeded in SQL (texts that need
// escaping, cents, ties, a closed session), and compared with the object-building code it replaced for every
// committee of the demo data, as a programme lead and as a referent.

let t: TestApp;
let p: Programme;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
  await seedDemoIfEmpty(t.dataSource, () => {});
  p = await seedProgramme(t, 'briefing');
});
afterAll(() => t.close());

const get = (path: string, token: string) => request(t.http).get(path).set(bearer(token));
const sql = async (text: string, params: unknown[] = []) => (await t.asOwner(text, params)).rows;

describe('GET /api/committees/:id/briefing', () => {
  it('answers the exact JSON of a seeded committee', async () => {
    const { own, other } = p.laureates;
    const awkward = 'Guillemets " et \\ barre, ligne\nsuivante, tab\t, contrôle \u0001, ligne \u2028 et 🌦️';
    await sql(`UPDATE users SET full_name = 'Camille Chargée' WHERE id = $1`, [p.users.manager]);
    await sql(`UPDATE laureates SET phase = 'phase2', health = 'at_risk', health_reason = $2, mission = NULL WHERE id = $1`, [own, awkward]);
    const [previous] = await sql(`INSERT INTO committees (season_id, kind, title, held_on, status) VALUES ($1, 'acceleration', 'Précédent', '2026-03-01', 'closed') RETURNING id`, [p.seasonId]);
    const [committee] = await sql(
      `INSERT INTO committees (season_id, kind, title, held_on, place, status, member_ids, external_members, minutes, closed_at)
       VALUES ($1, 'engagement', 'Comité d''engagement', '2026-06-10', 'Paris', 'closed', '{}', '[{"name": "Ana", "organisation": null}]', 'Relevé', '2026-06-10T18:30:00.123456Z')
       RETURNING id`,
      [p.seasonId],
    );
    const [ownItem] = await sql(
      `INSERT INTO agenda_items (committee_id, laureate_id, position, presenter, requested_support, requested_funding, briefing_notes, phase_at_session, health_at_session)
       VALUES ($1, $2, 1, NULL, 'Appui "juridique"', 1234.50, $3, 'phase1', NULL) RETURNING id`,
      [committee.id, own, awkward],
    );
    const [otherItem] = await sql(`INSERT INTO agenda_items (committee_id, laureate_id, position, requested_funding) VALUES ($1, $2, 1, NULL) RETURNING id`, [committee.id, other]);
    const [decision] = await sql(
      `INSERT INTO decisions (committee_id, laureate_id, outcome, funding_granted, conditions, rationale) VALUES ($1, $2, 'continue_with_conditions', 2500.75, 'Avec "réserve"', NULL) RETURNING id, version`,
      [committee.id, own],
    );
    const actions = await sql(
      `INSERT INTO actions (laureate_id, axis, support_type, title, status, done_on) VALUES
         ($1, 'integrate', 'networking', 'Avant le précédent', 'done', '2026-02-01'),
         ($1, 'integrate', 'networking', 'Rencontre « SIAF »', 'done', '2026-04-02'),
         ($1, 'deploy', 'technical', 'Même jour, après', 'done', '2026-04-02'),
         ($1, 'deploy', 'technical', 'Après la séance', 'done', '2026-06-11'),
         ($1, 'consolidate', 'legal_administrative', 'Prévue', 'planned', NULL),
         ($1, 'consolidate', 'legal_administrative', 'Annulée', 'cancelled', NULL)
       RETURNING id`,
      [own],
    );
    await sql(`INSERT INTO objectives (laureate_id, axis, title, status) VALUES ($1, 'deploy', 'A', 'achieved'), ($1, 'deploy', 'B', 'open'), ($1, 'deploy', 'C', 'abandoned')`, [own]);
    const { directorate, carrier } = p.organisations;
    await sql(
      `INSERT INTO partnerships (laureate_id, organisation_id, purpose, status) VALUES
         ($1, $2, 'funding', 'agreement'), ($1, $2, 'expertise', 'deployed'), ($1, $3, 'data', 'meeting_held'), ($1, $3, 'other', 'identified'), ($1, $2, 'regulation', 'dropped')`,
      [own, directorate, carrier],
    );
    const [names] = await sql(`SELECT (SELECT name FROM organisations WHERE id = $1) AS directorate, (SELECT name FROM organisations WHERE id = $2) AS carrier`, [directorate, carrier]);
    const [ownLaureate] = await sql(`SELECT name, tagline FROM laureates WHERE id = $1`, [own]);
    const [otherLaureate] = await sql(`SELECT l.name, l.tagline, u.full_name FROM laureates l JOIN users u ON u.id = l.acceleration_manager_id WHERE l.id = $1`, [other]);
    const progress = (axis: string, actionsDone: number, actionsTotal: number, objectivesAchieved = 0, objectivesTotal = 0) => ({ axis, actionsDone, actionsTotal, objectivesAchieved, objectivesTotal });
    const rest = {
      since: '2026-03-01',
      items: [
        {
          agendaItemId: ownItem.id,
          position: 1,
          presenter: null,
          requestedSupport: 'Appui "juridique"',
          requestedFunding: 1234.5,
          briefingNotes: awkward,
          laureate: {
            id: own,
            name: ownLaureate.name,
            tagline: ownLaureate.tagline,
            mission: null,
            phase: 'phase1',
            health: 'at_risk',
            healthReason: awkward,
            track: 'dinum',
            carrierName: names.carrier,
            managerName: 'Camille Chargée',
          },
          progress: [progress('consolidate', 0, 1), progress('integrate', 2, 2), progress('deploy', 2, 2, 1, 2)],
          // Since the previous committee, up to the session (closed): the same day by id, newest first.
          actionsDoneSince: [
            { id: actions[2].id, title: 'Même jour, après', axis: 'deploy', doneOn: '2026-04-02' },
            { id: actions[1].id, title: 'Rencontre « SIAF »', axis: 'integrate', doneOn: '2026-04-02' },
          ],
          // By organisation name, then in the order they were recorded.
          partners: [
            ...[{ organisationName: names.carrier, purpose: 'data', status: 'meeting_held' }],
            { organisationName: names.directorate, purpose: 'funding', status: 'agreement' },
            { organisationName: names.directorate, purpose: 'expertise', status: 'deployed' },
          ].sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'fr')),
          partnerCounts: { identified: 1, meeting_held: 1, agreement: 1, deployed: 1, dropped: 1 },
          decision: { id: decision.id, outcome: 'continue_with_conditions', fundingGranted: 2500.75, conditions: 'Avec "réserve"', rationale: null, version: decision.version },
        },
        {
          agendaItemId: otherItem.id,
          position: 1,
          presenter: null,
          requestedSupport: null,
          requestedFunding: null,
          briefingNotes: null,
          laureate: {
            id: other,
            name: otherLaureate.name,
            tagline: otherLaureate.tagline,
            mission: null,
            phase: 'phase1',
            health: 'on_track',
            healthReason: null,
            track: 'dinum',
            carrierName: null,
            managerName: otherLaureate.full_name,
          },
          progress: [progress('consolidate', 0, 0), progress('integrate', 0, 0), progress('deploy', 0, 0)],
          actionsDoneSince: [],
          partners: [],
          partnerCounts: {},
          decision: null,
        },
      ],
      summary: { decided: 1, undecided: 1, outcomes: { continue_with_conditions: 1 }, fundingGranted: 2500.75, fundingRequested: 1234.5 },
    };
    expect(ownLaureate.name.localeCompare(otherLaureate.name, 'fr')).toBeLessThan(0); // same position: by name
    const committeeJson = (await get(`/api/committees/${committee.id}`, p.tokens.lead)).text;
    const res = await get(`/api/committees/${committee.id}/briefing`, p.tokens.lead);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.text).toBe(`{"committee":${committeeJson},${JSON.stringify(rest).slice(1)}`);
    // Compressed as every JSON answer is (supertest accepts gzip), or as it is.
    expect(res.headers['content-encoding']).toBe('gzip');
    const plain = await get(`/api/committees/${committee.id}/briefing`, p.tokens.lead).set('Accept-Encoding', 'identity');
    expect([plain.headers['content-encoding'], plain.text, Number(plain.headers['content-length'])]).toEqual([undefined, res.text, Buffer.byteLength(res.text)]);
    expect(previous.id).toBeLessThan(committee.id);

    // The PDF and the decision letters read the same pack.
    const letter = await get(`/api/committees/${committee.id}/decision-letters/${own}`, p.tokens.lead);
    expect([letter.status, letter.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect((await get(`/api/committees/${committee.id}/decision-letters/${other}`, p.tokens.lead)).status).toBe(404);
  });

  it('gives a referent the committees and laureates they follow only', async () => {
    const [committee] = await sql(`INSERT INTO committees (season_id, kind, title) VALUES ($1, 'acceleration', 'Comité du référent') RETURNING id`, [p.seasonId]);
    await sql(`INSERT INTO agenda_items (committee_id, laureate_id, position) VALUES ($1, $2, 1), ($1, $3, 2)`, [committee.id, p.laureates.own, p.laureates.other]);
    expect((await get(`/api/committees/${committee.id}/briefing`, p.tokens.referent)).status).toBe(404);
    await sql(`INSERT INTO referent_assignments (laureate_id, user_id, kind) VALUES ($1, $2, 'interministerial')`, [p.laureates.other, p.users.referent]);
    const res = await get(`/api/committees/${committee.id}/briefing`, p.tokens.referent);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { laureate: { id: number } }) => i.laureate.id)).toEqual([p.laureates.other]);
    expect(res.body.summary).toMatchObject({ decided: 0, undecided: 1 });
    expect(res.body.committee.minutes).toBeNull();
  });

  it('answers as the code it replaced for every committee of the demo data, as a programme lead and as a referent', async () => {
    const committees = await sql('SELECT id FROM committees ORDER BY id');
    expect(committees.length).toBeGreaterThan(3);
    const accounts = [
      { email: 'pilote@demo.aic.test', referentId: null },
      { email: 'referent.a@demo.aic.test', referentId: (await sql(`SELECT id FROM users WHERE email = 'referent.a@demo.aic.test'`))[0].id as number },
    ];
    let compared = 0;
    for (const account of accounts) {
      const token = await login(t.http, account.email, DEMO_PASSWORD);
      for (const { id } of committees) {
        const committee = await get(`/api/committees/${id}`, token);
        const res = await get(`/api/committees/${id}/briefing`, token);
        expect(res.status).toBe(committee.status);
        if (res.status !== 200) continue;
        const reference = await referenceBriefing(t.dataSource, committee.body, account.referentId);
        expect(res.text).toBe(`{"committee":${committee.text},${JSON.stringify(reference).slice(1)}`);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(committees.length);
  });

  it("keeps each laureate's partners current through the writes (partnership created, changed, deleted; organisation renamed)", async () => {
    // The partners are kept by triggers (laureate_partner_summaries): after each write through the API, the pack is
    // compared with the reference, which reads the partnerships themselves.
    const [{ id, laureate_id: laureateId }] = await sql(
      `SELECT ai.committee_id AS id, ai.laureate_id FROM agenda_items ai WHERE EXISTS (SELECT 1 FROM partnerships p WHERE p.laureate_id = ai.laureate_id AND p.status = ANY($1::text[]))
        ORDER BY ai.committee_id, ai.position LIMIT 1`,
      [ENGAGED_PARTNERSHIP_STATUSES],
    );
    const token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const partnersNow = async () => {
      const committee = await get(`/api/committees/${id}`, token);
      const res = await get(`/api/committees/${id}/briefing`, token);
      expect(res.text).toBe(`{"committee":${committee.text},${JSON.stringify(await referenceBriefing(t.dataSource, committee.body, null)).slice(1)}`);
      return res.body.items.find((i: { laureate: { id: number } }) => i.laureate.id === laureateId) as { partners: Array<{ organisationName: string }>; partnerCounts: Record<string, number> };
    };
    const send = (method: 'post' | 'put' | 'delete', path: string, body?: object) => request(t.http)[method](path).set(bearer(token)).send(body);
    const before = await partnersNow();

    // A new organisation whose name sorts first, engaged with the laureate.
    const organisation = await send('post', '/api/organisations', { name: 'AAA Agence de test', kind: 'association' });
    expect(organisation.status).toBe(201);
    const created = await send('post', '/api/partnerships', { laureateId, organisationId: organisation.body.id, purpose: 'data', status: 'agreement' });
    expect(created.status).toBe(201);
    const afterCreate = await partnersNow();
    expect(afterCreate.partners[0].organisationName).toBe('AAA Agence de test');
    expect(afterCreate.partnerCounts.agreement).toBe((before.partnerCounts.agreement ?? 0) + 1);

    // Renamed: it moves to its new place in the list.
    const renamed = await send('put', `/api/organisations/${organisation.body.id}`, { name: 'Zèbre, agence de test', version: organisation.body.version });
    expect(renamed.status).toBe(200);
    const afterRename = await partnersNow();
    expect(afterRename.partners.at(-1)!.organisationName).toBe('Zèbre, agence de test');

    // Back to a stage before the meeting: counted, no longer listed.
    const changed = await send('put', `/api/partnerships/${created.body.id}`, { status: 'identified', version: created.body.version });
    expect(changed.status).toBe(200);
    const afterChange = await partnersNow();
    expect(afterChange.partners).toEqual(before.partners);
    expect(afterChange.partnerCounts.identified).toBe((before.partnerCounts.identified ?? 0) + 1);

    expect((await send('delete', `/api/partnerships/${created.body.id}`)).status).toBe(200);
    expect(await partnersNow()).toEqual(before);

    // Several laureates in one statement (a bulk write): each refreshed once, and a laureate left without partnerships.
    await sql(`UPDATE partnerships SET status = 'dropped' WHERE laureate_id IN (SELECT laureate_id FROM agenda_items WHERE committee_id = $1)`, [id]);
    expect((await partnersNow()).partners).toEqual([]);
    await sql(`DELETE FROM partnerships WHERE laureate_id = $1`, [laureateId]);
    expect((await partnersNow()).partnerCounts).toEqual({});

    // Two transactions adding a partnership to that laureate at once: the second waits for the first's lock on the
    // laureate's row, then computes with both (a snapshot taken before the first committed would miss its partner).
    const [org] = await sql(`SELECT id FROM organisations ORDER BY id LIMIT 1`);
    await secondWaitsForFirst(
      t.dataSource,
      (first) => first.query(`INSERT INTO partnerships (laureate_id, organisation_id, purpose, status) VALUES ($1, $2, 'data', 'agreement')`, [laureateId, org.id]),
      (second) => second.query(`INSERT INTO partnerships (laureate_id, organisation_id, purpose, status) VALUES ($1, $2, 'funding', 'deployed')`, [laureateId, org.id]),
    );
    const both = await partnersNow();
    expect([both.partners.length, both.partnerCounts]).toEqual([2, { agreement: 1, deployed: 1 }]);
  });
});

/**
 * The pack as the API built it before its JSON came from PostgreSQL (commit ec30f99), as the reference: its queries,
 * then objects, then JSON.stringify. Two orders it left to chance are fixed: partners of the same organisation name in
 * the order they were recorded, the pipeline counts in the pipeline's order.
 */
async function referenceBriefing(dataSource: DataSource, committee: { id: number; seasonId: number; heldOn: string | null; status: string }, referentId: number | null) {
  const scope = referentId === null ? 'true' : `ai.laureate_id IN (SELECT ra.laureate_id FROM referent_assignments ra WHERE ra.user_id = ${referentId})`;
  const q = <T>(text: string, params: unknown[]) => dataSource.query(text, params) as Promise<T[]>;
  const [{ since }] = await q<{ since: string | null }>(
    `SELECT to_char(max(held_on), 'YYYY-MM-DD') AS since FROM committees WHERE season_id = $1 AND id <> $2 AND held_on < coalesce($3::date, CURRENT_DATE)`,
    [committee.seasonId, committee.id, committee.heldOn],
  );
  const items = await q<Record<string, any>>(
    `SELECT ai.id AS agenda_item_id, ai.position, ai.presenter, ai.requested_support, ai.requested_funding::float8 AS requested_funding, ai.briefing_notes,
            l.id, l.name, l.tagline, l.mission, coalesce(ai.phase_at_session, l.phase) AS phase, coalesce(ai.health_at_session, l.health) AS health, l.health_reason, l.track,
            o.name AS carrier_name, u.full_name AS manager_name,
            d.id AS decision_id, d.outcome, d.funding_granted::float8 AS funding_granted, d.conditions, d.rationale, d.version AS decision_version
       FROM agenda_items ai
       JOIN laureates l ON l.id = ai.laureate_id
       LEFT JOIN organisations o ON o.id = l.carrier_organisation_id
       LEFT JOIN users u ON u.id = l.acceleration_manager_id
       LEFT JOIN decisions d ON d.committee_id = ai.committee_id AND d.laureate_id = ai.laureate_id
      WHERE ai.committee_id = $1 AND ${scope}
      ORDER BY ai.position, l.name COLLATE "fr-x-icu"`,
    [committee.id],
  );
  const ids = items.map((i) => i.id as number);
  const actions = await q<{ laureate_id: number; axis: string; done: number; total: number }>(
    `SELECT laureate_id, axis, count(*) FILTER (WHERE status = 'done')::int AS done, count(*) FILTER (WHERE status <> 'cancelled')::int AS total FROM actions WHERE laureate_id = ANY($1::int[]) GROUP BY laureate_id, axis`,
    [ids],
  );
  const objectives = await q<{ laureate_id: number; axis: string; achieved: number; total: number }>(
    `SELECT laureate_id, axis, count(*) FILTER (WHERE status = 'achieved')::int AS achieved, count(*) FILTER (WHERE status <> 'abandoned')::int AS total FROM objectives WHERE laureate_id = ANY($1::int[]) GROUP BY laureate_id, axis`,
    [ids],
  );
  const recent = await q<{ laureate_id: number; id: number; title: string; axis: string; done_on: string }>(
    `SELECT r.laureate_id, r.id, r.title, r.axis, to_char(r.done_on, 'YYYY-MM-DD') AS done_on FROM unnest($1::int[]) AS l(id)
       CROSS JOIN LATERAL (SELECT a.laureate_id, a.id, a.title, a.axis, a.done_on FROM actions a
                            WHERE a.laureate_id = l.id AND a.status = 'done' AND a.done_on >= coalesce($2::date, '-infinity'::date) AND a.done_on <= coalesce($3::date, 'infinity'::date)
                            ORDER BY a.done_on DESC, a.id DESC LIMIT 8) r
      ORDER BY r.done_on DESC, r.id DESC`,
    [ids, since, committee.status === 'closed' ? committee.heldOn : null],
  );
  const partners = await q<{ laureate_id: number; organisation_name: string; purpose: string; status: string }>(
    `SELECT p.laureate_id, (SELECT o.name COLLATE "fr-x-icu" FROM organisations o WHERE o.id = p.organisation_id) AS organisation_name, p.purpose, p.status
       FROM partnerships p WHERE p.laureate_id = ANY($1::int[]) AND p.status = ANY($2::text[]) ORDER BY organisation_name, p.id`,
    [ids, ENGAGED_PARTNERSHIP_STATUSES],
  );
  const partnerStatuses = await q<{ laureate_id: number; status: string; n: number }>(
    `SELECT laureate_id, status, count(*)::int AS n FROM partnerships WHERE laureate_id = ANY($1::int[]) GROUP BY laureate_id, status`,
    [ids],
  );
  const pipeline = (s: string) => PARTNERSHIP_STATUSES.indexOf(s as (typeof PARTNERSHIP_STATUSES)[number]);
  const briefingItems = items.map((i) => ({
    agendaItemId: i.agenda_item_id,
    position: i.position,
    presenter: i.presenter,
    requestedSupport: i.requested_support,
    requestedFunding: i.requested_funding,
    briefingNotes: i.briefing_notes,
    laureate: {
      id: i.id,
      name: i.name,
      tagline: i.tagline,
      mission: i.mission,
      phase: i.phase,
      health: i.health,
      healthReason: i.health_reason,
      track: i.track,
      carrierName: i.carrier_name,
      managerName: i.manager_name,
    },
    progress: AXES.map((axis) => {
      const a = actions.find((r) => r.laureate_id === i.id && r.axis === axis);
      const o = objectives.find((r) => r.laureate_id === i.id && r.axis === axis);
      return { axis, actionsDone: a?.done ?? 0, actionsTotal: a?.total ?? 0, objectivesAchieved: o?.achieved ?? 0, objectivesTotal: o?.total ?? 0 };
    }),
    actionsDoneSince: recent.filter((r) => r.laureate_id === i.id).map((r) => ({ id: r.id, title: r.title, axis: r.axis, doneOn: r.done_on })),
    partners: partners.filter((r) => r.laureate_id === i.id).map((r) => ({ organisationName: r.organisation_name, purpose: r.purpose, status: r.status })),
    partnerCounts: Object.fromEntries(
      partnerStatuses
        .filter((r) => r.laureate_id === i.id)
        .sort((a, b) => pipeline(a.status) - pipeline(b.status))
        .map((r) => [r.status, r.n]),
    ),
    decision: i.decision_id
      ? { id: i.decision_id, outcome: i.outcome, fundingGranted: i.funding_granted, conditions: i.conditions, rationale: i.rationale, version: i.decision_version }
      : null,
  }));
  const decided = briefingItems.filter((i) => i.decision);
  const outcomes: Record<string, number> = {};
  for (const item of decided) outcomes[item.decision!.outcome] = (outcomes[item.decision!.outcome] ?? 0) + 1;
  return {
    since,
    items: briefingItems,
    summary: {
      decided: decided.length,
      undecided: briefingItems.length - decided.length,
      outcomes,
      fundingGranted: sumEuros(decided.map((i) => i.decision!.fundingGranted)),
      fundingRequested: sumEuros(briefingItems.map((i) => i.requestedFunding ?? 0)),
    },
  };
}
