import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { checkA11y, notification } from './accompaniment-helpers';
import { apiGet, type Browser, launchBrowser, login } from './browser';

describe('Documents, as an acceleration manager', () => {
  let browser: Browser;
  const laureate = 'Sentinelles des rivières'; // managed by charge.a in the demo
  const title = `Compte rendu e2e ${Date.now().toString(36)}`;
  // A PDF by its signature (the API reads the type from the content), unique bytes.
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(200_000)]);

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'charge.a@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('uploads a document on their laureate, then downloads it byte for byte', async () => {
    const { page } = browser;
    const [{ id }] = await apiGet<Array<{ id: number }>>(page, '/api/laureates', { filter: { q: laureate }, range: [0, 0] });
    await page.goto(`/#/laureates/${id}/show/documents`);
    const section = page.getByRole('region', { name: 'Documents' });
    const form = section.getByRole('form', { name: 'Ajouter un document' });
    await form.getByLabel('Titre').fill(title);
    await form.getByLabel('Fichier', { exact: true }).setInputFiles({ name: 'compte-rendu.pdf', mimeType: 'application/pdf', buffer: bytes });
    await form.getByRole('button', { name: 'Déposer' }).click();
    await notification(page, 'Document déposé');
    const row = section.getByRole('row').filter({ hasText: title });
    await row.getByText('compte-rendu.pdf').waitFor();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/documents-laureate.png', fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: `Télécharger « ${title} »` }).click()]);
    expect(download.suggestedFilename()).toBe('compte-rendu.pdf');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.compare(Buffer.concat(chunks), bytes)).toBe(0);
  });
});
