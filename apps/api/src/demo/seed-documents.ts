import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/request-user.js';
import { CommitteeBriefingService } from '../committees/committees/committee-briefing.service.js';
import { renderDecisionLetter } from '../committees/committees/decision-letter-pdf.js';
import { underStartupLock } from '../database/prepare-database.js';
import { DocumentsService } from '../platform/documents/documents.service.js';

/** Who files the demo documents: the demo's programme lead. */
const FILED_BY = 'pilote@demo.aic.test';

/**
 * The demo's documents, stored like uploads (through the storage the API is configured with): each laureate's letter
 * of every closed committee's decision, filed in its record as the team archives what it sends. Once: only while
 * the database holds no document at all (a deleted one keeps its row), and only where the demo's lead exists. The
 * number of documents filed.
 */
export async function seedDemoDocuments(app: INestApplicationContext, log: (message: string) => void): Promise<number> {
  const dataSource = app.get(DataSource);
  // Under the start-up lock: instances starting together file them once.
  return underStartupLock(dataSource, () => fileDocuments(app, dataSource, log));
}

async function fileDocuments(app: INestApplicationContext, dataSource: DataSource, log: (message: string) => void): Promise<number> {
  const [{ none }] = await dataSource.query(`SELECT NOT EXISTS (SELECT 1 FROM documents) AS none`);
  const [lead] = await dataSource.query(`SELECT id, email, full_name AS "fullName", roles, panel FROM users WHERE email = $1 AND active`, [FILED_BY]);
  if (!none || !lead) return 0;
  const actor: Actor = { user: { ...lead, sessionId: 0 }, requestId: null };
  const briefings = app.get(CommitteeBriefingService, { strict: false });
  const documents = app.get(DocumentsService, { strict: false });
  const committees: Array<{ id: number }> = await dataSource.query(`SELECT id FROM committees WHERE status = 'closed' ORDER BY held_on, id`);
  let filed = 0;
  for (const { id } of committees) {
    const briefing = await briefings.build(id, actor);
    for (const item of briefing.items.filter((i) => i.decision)) {
      const letter = await renderDecisionLetter(briefing.committee, item, 'fr');
      const fileName = `decision-comite-${id}-laureat-${item.laureate.id}.pdf`;
      await documents.createFromBytes(letter, fileName, { owner: { resource: 'laureates', id: item.laureate.id }, kind: 'other', title: `Courrier de décision — ${briefing.committee.title}` }, actor);
      filed++;
    }
  }
  if (filed > 0) log(`demo documents filed: ${filed}`);
  return filed;
}
