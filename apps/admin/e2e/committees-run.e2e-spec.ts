import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { apiGet, type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

const COMMITTEE = "Comité d'accélération — saison 2";
const FUNDING = 5000;

/** Axe on a settled page: no notification or dialog half-faded (their transitions fail the contrast check). */
async function checkA11y(page: Page) {
  const fading = '.MuiSnackbarContent-root, .MuiDialog-paper, .MuiDialog-root .MuiBackdrop-root';
  await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((el) => getComputedStyle(el).opacity === '1'), fading);
  await expectNoSeriousA11yViolations(page);
}

/** The run screen shows the n-th laureate (a hash change: no page load for waitForURL to wait for). */
const atItem = (page: Page, n: number) => page.waitForFunction((item) => location.hash.endsWith(`?item=${item}`), n);

/** Waits until the notifications are gone (they hide after a few seconds), so that none fades out during a check. */
const noNotification = (page: Page) => page.locator('.MuiSnackbar-root').waitFor({ state: 'detached', timeout: 10_000 });

/** Decisions alternate so that both phase changes happen: continue (Phase 2) on even positions, stop otherwise. */
const outcomeAt = (index: number) => (index % 2 === 0 ? 'Poursuite' : 'Arrêt');

// Runs after the other journeys (see test-sequencer.mjs): closing the committee moves season-2 laureates on.
describe('Committee session, as the programme lead', () => {
  let browser: Browser;
  let committeeId = '';
  let agenda: string[] = [];
  const menu = () => browser.page.getByRole('navigation', { name: 'Menu principal' });

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'pilote@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the planned season-2 acceleration committee, then its run screen', async () => {
    const { page } = browser;
    await menu().getByRole('menuitem', { name: 'Comités' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comités' }).waitFor();
    await page.getByRole('cell', { name: COMMITTEE, exact: true }).waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[aria-label="Exporter"]')?.disabled);
    await checkA11y(page);

    await page.getByRole('cell', { name: COMMITTEE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: COMMITTEE }).waitFor();
    committeeId = /#\/committees\/(\d+)\/show/.exec(page.url())?.[1] ?? '';
    expect(committeeId).not.toBe('');
    await page.getByRole('region', { name: 'Ordre du jour' }).locator('tbody tr').first().waitFor();
    expect(await page.getByText('Planifié', { exact: true }).count()).toBe(1);
    await page.getByText('14:00 – 17:30', { exact: true }).waitFor(); // its hours
    await checkA11y(page);

    await page.getByRole('link', { name: 'Conduire la séance' }).click();
    await page.waitForURL(new RegExp(`#/committees/${committeeId}/run`));
    await page.getByText(/ · 14:00 – 17:30 · /).waitFor();
    const stepper = page.getByRole('region', { name: 'Ordre du jour' });
    await stepper.getByRole('listitem').first().waitFor();
    agenda = (await stepper.locator('li strong').allTextContents()).map((text) => text.replace(/^\d+\.\s*/, ''));
    expect(agenda.length).toBeGreaterThanOrEqual(2);
    await page.getByRole('heading', { level: 2, name: `1. ${agenda[0]}` }).waitFor();
    await page.getByText(`1 / ${agenda.length}`, { exact: true }).waitFor();
    await page.getByText('Clôture impossible tant que ces lauréats n’ont pas de décision').waitFor();
    expect(await page.getByRole('button', { name: 'Clôturer le comité' }).isDisabled()).toBe(true);
    await checkA11y(page);
  });

  it('records a decision for every laureate, moving with the buttons and the keyboard', async () => {
    const { page } = browser;
    const total = agenda.length;
    for (const [index, name] of agenda.entries()) {
      const heading = page.getByRole('heading', { level: 2, name: `${index + 1}. ${name}` });
      await heading.waitFor();
      await page.getByText(`${index + 1} / ${total}`, { exact: true }).waitFor();
      await page.getByRole('radio', { name: outcomeAt(index), exact: true }).check();
      if (index === 0) await page.getByLabel('Financement accordé (€)').fill(String(FUNDING));
      await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
      if (outcomeAt(index) === 'Arrêt') {
        // Ending an accompaniment is confirmed first.
        const confirm = page.getByRole('dialog', { name: `Arrêter l’accompagnement de ${name} ?` });
        await confirm.waitFor();
        await confirm.getByRole('button', { name: 'Confirmer l’arrêt' }).click();
      }
      await page.getByText(`${index + 1} décision${index === 0 ? "" : "s"} sur ${total}`).waitFor();
      if (index === total - 1) {
        // The last decision leads to the closing section, focused.
        await page.waitForFunction(() => document.activeElement?.id === 'closing-title');
        break;
      }
      // A saved decision moves on to the next laureate, its heading focused (no lost focus, no skip link).
      await atItem(page, index + 2);
      await page.getByRole('heading', { level: 2, name: `${index + 2}. ${agenda[index + 1]}` }).waitFor();
      await page.waitForFunction((text) => document.activeElement?.tagName === 'H2' && document.activeElement.textContent === text, `${index + 2}. ${agenda[index + 1]}`);
      if (index === 0) {
        // Alt+← and Alt+→ move between laureates (not the browser's history), focusing the heading.
        await page.keyboard.press('Alt+ArrowLeft');
        await atItem(page, 1);
        await page.waitForFunction((text) => document.activeElement?.textContent === text, `1. ${agenda[0]}`);
        await page.keyboard.press('Alt+ArrowRight');
        await atItem(page, 2);
        await page.waitForFunction((text) => document.activeElement?.textContent === text, `2. ${agenda[1]}`);
      }
    }
    const summary = page.getByRole('region', { name: 'Synthèse des décisions' });
    const summaryText = await summary.textContent();
    expect([summaryText, await summary.getByText(/^5\s000\s€$/).count()]).toEqual([summaryText, 1]);
    await noNotification(page);
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/committee-run.png', fullPage: true });
  });

  it('closes the committee after a confirmation listing the phase changes', async () => {
    const { page } = browser;
    const close = page.getByRole('button', { name: 'Clôturer le comité' });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[aria-describedby="closing-status"]')?.disabled);
    await close.click();
    const dialog = page.getByRole('dialog', { name: 'Clôturer le comité ?' });
    await dialog.waitFor();
    const target = (index: number) => (outcomeAt(index) === 'Poursuite' ? 'Phase 2' : 'Accompagnement terminé');
    const items = await dialog.getByRole('listitem').allTextContents();
    expect(items.map((text) => text.replace(/ \(\d+ actions? ouvertes?\)$/, ''))).toEqual(agenda.map((name, i) => `${name} : Phase 1 → ${target(i)}`));
    // The demo committee is planned a few days ahead: closing it now warns and asks for the day it was held (today).
    await dialog.getByText(/vous le clôturez avant sa date/).waitFor();
    // Today where the browser is (Europe/Paris), not where the test runs: from 23:00 UTC they are two days.
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    expect(await dialog.getByLabel('Date à laquelle le comité s’est tenu').inputValue()).toBe(today);
    await checkA11y(page);

    await dialog.getByRole('button', { name: 'Clôturer et appliquer les décisions' }).click();
    const result = page.getByRole('alert').filter({ hasText: 'Comité clos. Changements de phase appliqués' });
    await result.waitFor();
    expect(await result.getByRole('listitem').count()).toBe(agenda.length);
    await page.getByText('Ce comité est clos : ses décisions ne changent plus.').waitFor();
    // Its documents: the minutes drafted from the decisions, and one decision letter per laureate.
    const documents = page.getByRole('region', { name: 'Documents du comité' });
    await documents.getByRole('link', { name: /Relire et compléter le compte rendu/ }).waitFor();
    expect(await documents.getByRole('button', { name: /^Courrier de décision — / }).count()).toBe(agenda.length);
    const minutes = await apiGet<{ minutes: string }>(page, `/api/committees/${committeeId}`);
    expect(minutes.minutes).toContain(`1. ${agenda[0]} — Poursuite`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      documents.getByRole('button', { name: `Courrier de décision — ${agenda[0]} (PDF)` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^decision-\d+-\d+\.pdf$/);
    expect(await page.getByRole('button', { name: 'Enregistrer la décision' }).count()).toBe(0);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await checkA11y(page);
  });

  it('shows the laureates moved on the season-2 phase board', async () => {
    const { page } = browser;
    const boardRows = page.waitForResponse((response) => response.url().includes('/api/laureates?') && response.url().includes('fields='));
    await menu().getByRole('menuitem', { name: 'Tableau des phases' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau des phases' }).waitFor();
    // The board asks for what its cards show, not the laureates' long texts.
    const rows = (await (await boardRows).json()) as object[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['accelerationManagerId', 'health', 'id', 'name', 'phase']);
    const column = (name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(`) });
    await column('Phase 2').getByRole('listitem').first().waitFor();
    // By default, the season in accompaniment.
    expect(await page.getByRole('combobox', { name: /^Saison/ }).textContent()).toBe('Saison 2 — Communs');
    const names = async (name: string) => column(name).getByRole('heading', { level: 3 }).allTextContents();
    const [phase1, phase2, completed] = [await names('Phase 1'), await names('Phase 2'), await names('Accompagnement terminé')];
    agenda.forEach((name, i) => {
      expect(outcomeAt(i) === 'Poursuite' ? phase2 : completed).toContain(name);
      expect(phase1).not.toContain(name);
    });
    // Each card names its acceleration manager (their names come from a second request, by id).
    await column('Phase 2').getByText(/^Chargé\(e\) : \S/).first().waitFor();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/committee-phase-board.png', fullPage: true });
  });

  it('offers to review the closed session, not to run it, and shows it read-only', async () => {
    const { page } = browser;
    await page.goto(`/#/committees/${committeeId}/show`);
    await page.getByRole('heading', { level: 1, name: COMMITTEE }).waitFor();
    const review = page.getByRole('link', { name: 'Revoir la séance' });
    await review.waitFor();
    expect(await page.getByRole('link', { name: 'Conduire la séance' }).count()).toBe(0);
    await review.click();
    await page.getByText('Ce comité est clos', { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer la décision' }).count()).toBe(0);
  });

  it('shows a stopped laureate as ended: no health badge, no open or overdue action left', async () => {
    const { page } = browser;
    const stopped = agenda[1];
    const [laureate] = await apiGet<Array<{ id: number; phase: string }>>(page, '/api/laureates', { filter: { q: stopped } });
    expect(laureate.phase).toBe('completed');
    await page.goto(`/#/laureates/${laureate.id}/show`);
    await page.getByRole('heading', { level: 1, name: stopped }).waitFor();
    await page.getByText('Accompagnement terminé', { exact: true }).first().waitFor();
    for (const health of ['En bonne voie', 'À risque', 'Bloqué']) expect(await page.getByText(health, { exact: true }).count()).toBe(0);
    const open = await apiGet<unknown[]>(page, '/api/actions', { filter: { laureateId: laureate.id, status: ['planned', 'in_progress'] } });
    expect(open).toEqual([]);
    const cancelled = await apiGet<Array<{ outcome: string | null }>>(page, '/api/actions', { filter: { laureateId: laureate.id, status: 'cancelled' } });
    expect(cancelled.some((a) => a.outcome?.includes("Annulée à la fin de l'accompagnement"))).toBe(true);
    expect(await apiGet<unknown[]>(page, '/api/actions', { filter: { laureateId: laureate.id, overdue: true } })).toEqual([]);
    await checkA11y(page);
  });

  it('renders the printable briefing pack and downloads it as a PDF', async () => {
    const { page } = browser;
    await page.goto(`/#/committees/${committeeId}/briefing`);
    await page.getByRole('heading', { level: 1, name: `Dossier de séance — ${COMMITTEE}` }).waitFor();
    for (const [index, name] of agenda.entries()) {
      await page.getByRole('heading', { level: 2, name: `${index + 1}. ${name}` }).waitFor();
    }
    // Partners met are named; the whole pipeline is counted by stage.
    await page.getByText(/^Toutes les pistes, par étape : .*Identifié \d/).first().waitFor();
    await checkA11y(page);

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/committees/${committeeId}/briefing.pdf`)),
      page.getByRole('button', { name: 'Télécharger le PDF' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const magic = await page.evaluate(async (url) => {
      const pdf = await fetch(url, { headers: { Authorization: `Bearer ${localStorage.getItem('aic.token')}` } });
      return new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5));
    }, `/api/committees/${committeeId}/briefing.pdf`);
    expect(magic).toBe('%PDF-');

    // On paper: no header, menu or buttons, only the pack.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.fr-header').isVisible()).toBe(false);
    expect(await menu().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Télécharger le PDF' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the funding overview of the season with the funding just granted', async () => {
    const { page } = browser;
    await menu().getByRole('menuitem', { name: 'Financements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Financements' }).waitFor();
    const row = page.getByRole('region', { name: 'Par lauréat' }).getByRole('row', { name: new RegExp(`^${agenda[0]}`) });
    await row.waitFor();
    expect(await row.getByRole('cell').first().textContent()).toMatch(/^5\s000\s€$/);
    await row.getByRole('link', { name: '1 subvention' }).waitFor();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/committee-funding.png', fullPage: true });
  });
});
