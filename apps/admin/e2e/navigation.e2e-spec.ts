import { afterEach, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkA11y } from './accompaniment-helpers';
import { apiGet, type Browser, launchBrowser, login } from './browser';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

/** The menu's groups, each with its entries, once they are all shown. */
async function menuGroups(page: Page, expectedGroups: number): Promise<Record<string, string[]>> {
  const groups = menu(page).getByRole('group');
  await page.waitForFunction((n) => document.querySelectorAll('nav [role="group"]').length === n, expectedGroups);
  await page.waitForTimeout(300); // entries appear as canAccess answers
  const result: Record<string, string[]> = {};
  for (const group of await groups.all()) {
    const name = (await page.locator(`[id="${await group.getAttribute('aria-labelledby')}"]`).textContent()) ?? '';
    result[name] = (await group.getByRole('menuitem').allTextContents()).map((text) => text.trim());
  }
  return result;
}

describe('Navigation', () => {
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('groups the menu by stage of the programme for a programme lead', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await login(page, 'pilote@demo.aic.test');
    const groups = await menuGroups(page, 7);
    expect(Object.keys(groups)).toEqual(['Sélection', 'Accompagnement', 'Comités et financements', 'Impact', 'Programme', 'Annuaire', 'Administration']);
    expect(groups.Impact).toEqual(['Tableau d’impact', 'Comparaison annuelle', 'Indicateurs', 'Questionnaires bilan']);
    expect(groups['Comités et financements']).toEqual(expect.arrayContaining(['Comités', 'Subventions', 'Versements']));
    expect(groups.Administration).toEqual(["Journal d'audit"]);
    await checkA11y(page);
  });

  it("trims a referent's menu to what they read", async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await login(page, 'referent.a@demo.aic.test');
    const groups = await menuGroups(page, 5);
    expect(Object.keys(groups)).toEqual(['Accompagnement', 'Comités et financements', 'Impact', 'Programme', 'Annuaire']);
    const entries = Object.values(groups).flat();
    for (const absent of ['Subventions', 'Versements', 'Financements', 'Contacts', 'Référents', 'Utilisateurs', 'Tableau d’impact', 'Comparaison annuelle']) {
      expect(entries).not.toContain(absent);
    }
    await checkA11y(page);
  });

  it("puts an acceleration manager's own laureates first", async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await login(page, 'charge.a@demo.aic.test');
    const groups = await menuGroups(page, 5);
    expect(groups.Accompagnement[0]).toBe('Mes lauréats');
    await menu(page).getByRole('menuitem', { name: 'Mes lauréats' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lauréats' }).waitFor();
    const me = await page.evaluate(() => JSON.parse(localStorage.getItem('aic.user') ?? '{}').id as number);
    const managed = await apiGet<Array<{ name: string }>>(page, '/api/laureates', { filter: { accelerationManagerId: me }, range: [0, 199] });
    await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, managed.length);
    const shown = await page.locator('tbody tr td:first-child').allTextContents();
    expect(shown.sort()).toEqual(managed.map((l) => l.name).sort());
    await checkA11y(page);
  });

  it('answers an address that leads nowhere in its own words, not "React Admin"', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await login(page, 'pilote@demo.aic.test');
    await page.goto('/#/nulle-part');
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await page.getByText('Cette adresse ne mène à aucune page du back-office').waitFor();
    expect(await page.getByText('React Admin').count()).toBe(0);
    await page.getByRole('link', { name: "Retour à l'accueil" }).waitFor();
    await checkA11y(page);
  });

  it('finds a laureate from the header search, by keyboard, with the accents left out', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await login(page, 'pilote@demo.aic.test');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const search = page.getByRole('combobox', { name: 'Recherche globale' });
    expect(await search.getAttribute('aria-keyshortcuts')).toContain('/');

    await page.locator('body').press('/');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('riviere');
    const laureates = page.getByRole('listbox', { name: 'Résultats de la recherche' }).getByRole('group', { name: 'Lauréats' });
    const option = laureates.getByRole('option', { name: 'Sentinelles des rivières' });
    await option.waitFor();
    await page.getByRole('status').filter({ hasText: /^\d+ résultats?$/ }).waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await checkA11y(page);

    // The options come in the listbox's order: step down to the laureate, then open it.
    const options = await page.getByRole('option').allTextContents();
    for (let i = 0; i <= options.indexOf('Sentinelles des rivières'); i++) await search.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await search.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sentinelles des rivières' }).waitFor();
    expect(await search.inputValue()).toBe('');

    await page.locator('body').press('Control+k');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkA11y(page);
  });

  it('shows where a page sits in a breadcrumb, through the laureate of a record', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await login(page, 'pilote@demo.aic.test');
    const [action] = await apiGet<Array<{ id: number; title: string; laureateId: number }>>(page, '/api/actions', { range: [0, 0] });
    const laureate = await page.evaluate(async (id) => {
      const response = await fetch(`/api/laureates/${id}`, { headers: { Authorization: `Bearer ${localStorage.getItem('aic.token')}` } });
      return (await response.json()) as { name: string };
    }, action.laureateId);

    await page.goto(`/#/actions/${action.id}`);
    const trail = page.getByRole('navigation', { name: 'Vous êtes ici :' });
    await trail.getByRole('link', { name: action.title }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('nav.fr-breadcrumb li').length === 5);
    expect((await trail.getByRole('listitem').allTextContents()).map((t) => t.trim())).toEqual([
      'Tableau de bord',
      'Lauréats',
      laureate.name,
      action.title,
      'Éditer',
    ]);
    expect(await trail.locator('[aria-current="page"]').textContent()).toBe('Éditer');
    await checkA11y(page);

    await trail.getByRole('link', { name: laureate.name }).click();
    await page.getByRole('heading', { level: 1, name: laureate.name }).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/laureates/${action.laureateId}/show/actions$`));

    // A page of a record beyond show and edit (the briefing pack) is named after the record, which links back.
    const [committee] = await apiGet<Array<{ id: number; title: string }>>(page, '/api/committees', { range: [0, 0] });
    await page.goto(`/#/committees/${committee.id}/briefing`);
    await trail.getByRole('link', { name: committee.title }).waitFor();
    expect((await trail.getByRole('listitem').allTextContents()).map((t) => t.trim())).toEqual([
      'Tableau de bord',
      'Comités',
      committee.title,
      'Dossier de séance',
    ]);
    await trail.getByRole('link', { name: committee.title }).click();
    await page.waitForURL(new RegExp(`#/committees/${committee.id}/show`));

    // A record represented by an element (a grant: its laureate and purpose) is named by it, not "[object Object]".
    const [grant] = await apiGet<Array<{ id: number }>>(page, '/api/grants', { range: [0, 0] });
    await page.goto(`/#/grants/${grant.id}/show`);
    await page.waitForFunction(() => {
      const items = document.querySelectorAll('nav.fr-breadcrumb li');
      return items.length === 3 && !['', '…'].includes(items[2].textContent?.trim() ?? '');
    });
    const grantCrumb = (await trail.getByRole('listitem').allTextContents())[2];
    expect(grantCrumb).not.toMatch(/object|^…$|^$/);
  });
});
