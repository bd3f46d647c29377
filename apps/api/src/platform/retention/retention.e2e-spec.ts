import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedApplication, seedCall } from '../../../test/selection-fixtures.js';
import { RETENTION_ACTOR, RetentionService } from './retention.service.js';

/**
 * The retention purge run once over rows seeded in SQL, old and recent, with the default periods (90 days for sent
 * e-mails, 24 months after the season's end for applications that did not become laureates).
 */
let t: TestApp;
let retention: RetentionService;
const ids: Record<string, number> = {};
const mail: Record<string, number> = {};

const application = async (id: number) =>
  (await t.dataSource.query(`SELECT contact_name, contact_email, summary, answers, project_name, carrier_name, status, version FROM applications WHERE id = $1`, [id]))[0];
const events = (resource: string, id: number) =>
  t.dataSource.query(`SELECT actor_id, actor_email, action, changes FROM audit_events WHERE resource = $1 AND record_id = $2 ORDER BY id`, [resource, String(id)]);

beforeAll(async () => {
  t = await startTestApp();
  retention = t.app.get(RetentionService);
  const season = (name: string, year: number, endsOn: string | null) =>
    t.dataSource.query(`INSERT INTO seasons (name, year, status, accompaniment_ends_on) VALUES ($1, $2, 'closed', $3) RETURNING id`, [name, year, endsOn]).then((r) => r[0].id as number);
  // Ended three years ago; ended last year; and one without an end date, of a year long past.
  const oldSeason = await season('Saison ancienne', 2022, new Date(Date.now() - 3 * 365 * 86_400_000).toISOString().slice(0, 10));
  const recentSeason = await season('Saison récente', 2025, new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10));
  const undatedSeason = await season('Saison sans date', 2020, null);
  const oldCall = await seedCall(t, oldSeason);
  const [{ id: laureateId }] = await t.dataSource.query(`INSERT INTO laureates (season_id, name, track) VALUES ($1, 'Lauréat retenu', 'dinum') RETURNING id`, [oldSeason]);
  ids.rejected = await seedApplication(t, oldCall, { reference: 'R-1', status: 'rejected', summary: 'Porté par Dominique Fictif', contactName: 'Dominique Fictif' });
  ids.ineligible = await seedApplication(t, oldCall, { reference: 'R-2', status: 'ineligible' });
  ids.promoted = await seedApplication(t, oldCall, { reference: 'R-3', status: 'selected', laureateId });
  ids.recent = await seedApplication(t, await seedCall(t, recentSeason), { reference: 'R-4', status: 'rejected' });
  ids.undated = await seedApplication(t, await seedCall(t, undatedSeason), { reference: 'R-5', status: 'withdrawn' });
  await t.dataSource.query(`UPDATE applications SET answers = '[{"label":"Votre parcours","value":"Je suis Dominique Fictif"}]' WHERE id = $1`, [ids.rejected]);
  // The rejected application's past: imported (audited with its contact) and evaluated with a comment.
  await t.dataSource.query(
    `INSERT INTO audit_events (actor_id, actor_email, resource, record_id, action, changes) VALUES (NULL, 'import', 'applications', $1, 'create', $2)`,
    [String(ids.rejected), JSON.stringify({ contactName: { before: null, after: 'Dominique Fictif' }, projectName: { before: null, after: 'Projet R-1' } })],
  );
  const juror = await createAccount(t.dataSource, 'retention.jury@test.aic', ['evaluator'], { panel: 'jury' });
  await t.dataSource.query(`INSERT INTO evaluator_assignments (application_id, evaluator_id, panel) VALUES ($1, $2, 'jury')`, [ids.rejected, juror]);
  const [{ id: evaluationId }] = await t.dataSource.query(
    `INSERT INTO evaluations (application_id, evaluator_id, panel, impact, comment) VALUES ($1, $2, 'jury', 2, 'Je connais Dominique') RETURNING id`,
    [ids.rejected, juror],
  );
  ids.evaluation = evaluationId;

  const message = async (status: string, daysAgo: number) => {
    const at = new Date(Date.now() - daysAgo * 86_400_000);
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO mail_messages (kind, recipient, subject, text_body, html_body, status, created_at, updated_at, sent_at)
       VALUES ('invitation', 'personne@example.test', 'Sujet', 'texte', '<p>html</p>', $1, $2, $2, $3) RETURNING id`,
      [status, at, status === 'sent' ? at : null],
    );
    return id as number;
  };
  mail.sentOld = await message('sent', 91);
  mail.sentRecent = await message('sent', 89);
  mail.outboxOld = await message('outbox', 120);
  mail.failedOld = await message('failed', 120);
  mail.queuedOld = await message('queued', 120);
  mail.retryingOld = await message('retrying', 120);
});
afterAll(() => t?.close());

describe('the retention purge', () => {
  let result: Awaited<ReturnType<RetentionService['purge']>>;
  beforeAll(async () => {
    result = await retention.purge();
  });

  it('deletes e-mails sent more than 90 days ago, and outbox or failed ones unchanged as long; never those still to send', async () => {
    expect(result.mailMessages).toBe(3);
    const left = (await t.dataSource.query(`SELECT id FROM mail_messages ORDER BY id`)).map((r: { id: number }) => r.id);
    expect(left).toEqual([mail.sentRecent, mail.queuedOld, mail.retryingOld]);
    const [event] = await events('mail-messages', mail.sentOld);
    expect(event).toMatchObject({ actor_id: null, actor_email: RETENTION_ACTOR, action: 'delete' });
    expect(event.changes).toMatchObject({ kind: { before: 'invitation', after: null }, status: { before: 'sent', after: null }, retentionDays: { before: null, after: 90 } });
    expect(JSON.stringify(event.changes)).not.toContain('personne@example.test');
    expect(await events('mail-messages', mail.outboxOld)).toHaveLength(1);
  });

  it("clears the personal fields of applications not made laureates two years after their season's end, and their evaluations' comments", async () => {
    expect(result.applications).toBe(3); // rejected, ineligible (old season), withdrawn (undated season of 2020)
    expect(await application(ids.rejected)).toEqual({
      contact_name: null, contact_email: null, summary: null, answers: [], project_name: 'Projet R-1', carrier_name: 'Association R-1', status: 'rejected', version: 2,
    });
    expect(await application(ids.undated)).toMatchObject({ contact_name: null, contact_email: null, status: 'withdrawn' });
    const [evaluation] = await t.dataSource.query(`SELECT comment, impact FROM evaluations WHERE id = $1`, [ids.evaluation]);
    expect(evaluation).toEqual({ comment: null, impact: 2 });
  });

  it('keeps the promoted application and those of a season ended less than two years ago', async () => {
    expect(await application(ids.promoted)).toMatchObject({ contact_name: 'Dominique Fictif', contact_email: 'contact.r-3@example.test', version: 1 });
    expect(await application(ids.recent)).toMatchObject({ contact_name: 'Dominique Fictif', contact_email: 'contact.r-4@example.test', version: 1 });
  });

  it('audits each application: its past values redacted, then what was cleared', async () => {
    const [created, redacted, anonymised] = await events('applications', ids.rejected);
    expect(created.changes).toEqual({ contactName: { before: null, after: '***' }, projectName: { before: null, after: 'Projet R-1' } });
    expect(redacted).toMatchObject({ actor_email: RETENTION_ACTOR, action: 'redact' });
    expect(anonymised).toMatchObject({ actor_id: null, actor_email: RETENTION_ACTOR, action: 'anonymise' });
    expect(anonymised.changes).toEqual({
      contactName: { before: '***', after: null },
      contactEmail: { before: '***', after: null },
      summary: { before: '***', after: null },
      answers: { before: '***', after: [] },
      evaluationComments: { before: 1, after: 0 },
      retentionMonths: { before: null, after: 24 },
    });
    expect((await events('evaluations', ids.evaluation)).map((e: { action: string }) => e.action)).toEqual(['redact']);
  });

  it('changes and writes nothing when run again', async () => {
    const [before] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    expect(await retention.purge()).toEqual({ mailMessages: 0, applications: 0 });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`))[0]).toEqual(before);
  });
});
