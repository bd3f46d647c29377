import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { checkA11y } from './accompaniment-helpers';
import { type Browser, launchBrowser, login } from './browser';

/** Anything that would write: react-admin's buttons and links, and the accompaniment screens' own ("Ajouter un filtre" only filters). */
const WRITE_CONTROL = /^(Créer|Éditer|Supprimer|Marquer comme fait|Ajouter(?! un filtre)|Modifier|Étape suivante|Enregistrer)/;

async function writeControls(page: Page): Promise<string[]> {
  const names = [
    ...(await page.getByRole('button', { name: WRITE_CONTROL }).allTextContents()),
    ...(await page.getByRole('link', { name: WRITE_CONTROL }).allTextContents()),
  ];
  return names;
}

describe('Accompaniment, as a referent (read-only)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'referent.a@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists exactly the laureates the API lets them read (not those of referent.b)', async () => {
    const { page } = browser;
    await page.getByRole('heading', { level: 1, name: 'Les lauréats que je suis' }).waitFor();
    const readable = await page.evaluate(async () => {
      const response = await fetch('/api/laureates?range=[0,199]', {
        headers: { Authorization: `Bearer ${localStorage.getItem('aic.token')}` },
      });
      return ((await response.json()) as Array<{ name: string }>).map((l) => l.name);
    });
    expect(readable.length).toBeGreaterThan(0);
    expect(readable).not.toContain('Ma Dada');

    await page.getByRole('navigation').getByRole('menuitem', { name: 'Lauréats', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Lauréats' }).waitFor();
    await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, readable.length);
    const shown = await page.locator('tbody tr td:first-child').allTextContents();
    expect(shown.sort()).toEqual([...readable].sort());
    expect(shown).not.toContain('Ma Dada');
    expect(await writeControls(page)).toEqual([]);
    await checkA11y(page);
  });

  it('opens one of their laureates: every tab is read-only', async () => {
    const { page } = browser;
    const name = 'Sentinelles des rivières'; // assigned to referent.a in the demo, with a roadmap and a journal
    // What shows once each tab's data has loaded (so that "no button" is not checked on an empty tab).
    const loaded: Record<string, () => Locator> = {
      "Vue d'ensemble": () => page.getByText(/^Établi le /),
      'Feuille de route': () => page.getByRole('region', { name: 'Consolider' }).locator('li').first(),
      Actions: () => page.locator('tbody tr').first(),
      Journal: () => page.locator('ol li h3').first(),
      'Partenaires publics': () => page.locator('section[aria-labelledby^="pipeline-"] li').first(),
      Équipe: () => page.locator('tbody tr').first(),
    };
    await page.locator('tbody tr', { hasText: name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    for (const [tab, content] of Object.entries(loaded)) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await content().waitFor();
      await checkA11y(page);
      expect({ tab, controls: await writeControls(page) }).toEqual({ tab, controls: [] });
    }
    await page.screenshot({ path: '/tmp/accompaniment-referent.png', fullPage: true });
  });
});
