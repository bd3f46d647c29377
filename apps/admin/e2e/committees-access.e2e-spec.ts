import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { apiGet, type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

const COMMITTEE = "Comité d'accélération — saison 2";

async function openCommittee(page: Page) {
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('menuitem', { name: 'Comités' }).click();
  await page.getByRole('cell', { name: COMMITTEE, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: COMMITTEE }).waitFor();
  await page.getByRole('region', { name: 'Ordre du jour' }).locator('tbody tr').first().waitFor();
}

// Runs before committees-run (which closes this committee): its agenda is still open here.
describe('Committees, as the roles that do not decide', () => {
  let browser: Browser;
  const note = `Point d'attention e2e ${Date.now().toString(36)} : convention à relancer.`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets an acceleration manager edit the briefing note of their own laureates only', async () => {
    const { page } = browser;
    await login(page, 'charge.a@demo.aic.test');
    await openCommittee(page);
    expect(await page.getByRole('link', { name: 'Conduire la séance' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Ajouter un lauréat' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Dossier de séance' }).waitFor();

    const me = await page.evaluate(() => JSON.parse(localStorage.getItem('aic.user') ?? '{}').id as number);
    const managed = new Set(
      (await apiGet<Array<{ name: string }>>(page, '/api/laureates', { filter: { accelerationManagerId: me }, range: [0, 199] })).map((l) => l.name),
    );
    const rows = page.getByRole('region', { name: 'Ordre du jour' }).locator('tbody tr');
    // The edit buttons appear once the laureates (and who manages them) are loaded.
    await rows.getByRole('link', { name: 'Éditer' }).first().waitFor();
    let mine = '';
    for (const row of await rows.all()) {
      const name = (await row.locator('td').nth(1).textContent()) ?? '';
      const editable = (await row.getByRole('link', { name: 'Éditer' }).count()) === 1;
      expect(editable).toBe(managed.has(name));
      if (editable) mine ||= name;
    }
    expect(mine).not.toBe('');
    await expectNoSeriousA11yViolations(page);

    await rows.filter({ hasText: mine }).getByRole('link', { name: 'Éditer' }).click();
    await page.getByLabel('Note de briefing').waitFor();
    expect(await page.getByLabel('Financement demandé (€)').getAttribute('readonly')).not.toBeNull();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Note de briefing').fill(note);
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('heading', { level: 1, name: COMMITTEE }).waitFor();
    await rows.filter({ hasText: mine }).getByText(note).waitFor();
  });

  it('shows a referent the committees and the phase board, not grants, disbursements or the funding overview', async () => {
    const { page } = browser;
    await login(page, 'referent.a@demo.aic.test');
    const menu = page.getByRole('navigation', { name: 'Menu principal' });
    await menu.getByRole('menuitem', { name: 'Comités' }).waitFor();
    const entries = await menu.getByRole('menuitem').allTextContents();
    expect(entries).toEqual(expect.arrayContaining(['Comités', 'Décisions', 'Engagements', 'Tableau des phases']));
    for (const absent of ['Subventions', 'Versements', 'Financements']) expect(entries).not.toContain(absent);

    // The committees where their laureates are on the agenda, without the minutes (docs/permissions.md).
    const committees = await apiGet<Array<{ title: string; minutes: string | null }>>(page, '/api/committees', { range: [0, 99] });
    expect(committees.length).toBeGreaterThan(0);
    expect(committees.filter((c) => c.minutes !== null)).toEqual([]);
    await menu.getByRole('menuitem', { name: 'Comités' }).click();
    await page.getByRole('cell', { name: committees[0].title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: committees[0].title }).waitFor();
    await page.getByRole('region', { name: 'Ordre du jour' }).locator('tbody tr').first().waitFor();
    await expectNoSeriousA11yViolations(page);

    await menu.getByRole('menuitem', { name: 'Tableau des phases' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau des phases' }).waitFor();
    const readable = await apiGet<Array<{ name: string; seasonId: number }>>(page, '/api/laureates', { range: [0, 199] });
    await page.getByRole('region', { name: /^Phase 1 \(/ }).waitFor();
    const shown = await page.locator('section[aria-labelledby^="phase-"] h3').allTextContents();
    const season = await page.getByRole('combobox', { name: /^Saison/ }).textContent();
    const seasons = await apiGet<Array<{ id: number; name: string }>>(page, '/api/seasons');
    const seasonId = seasons.find((s) => s.name === season)?.id;
    const expected = readable.filter((l) => l.seasonId === seasonId).map((l) => l.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(shown.sort()).toEqual(expected.sort());
    await expectNoSeriousA11yViolations(page);
  });
});
