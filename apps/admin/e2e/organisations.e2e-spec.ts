import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

describe('Organisations, as the programme lead', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const name = `Collectif Éphémère e2e ${suffix}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'pilote@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  const rows = () => browser.page.locator('tbody tr');

  /** Types in the list's search box and waits for the list to show exactly the expected names. */
  async function search(text: string, expected: string[]) {
    const { page } = browser;
    await page.getByLabel('Rechercher').fill(text);
    await page.waitForFunction(
      (names) => {
        const cells = [...document.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
        return cells.length === names.length && names.every((n, i) => cells[i] === n);
      },
      expected,
    );
  }

  it('finds an organisation by a name typed without accents', async () => {
    const { page } = browser;
    await page.getByRole('navigation').getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await rows().first().waitFor();
    expect(await rows().count()).toBe(25);
    await expectNoSeriousA11yViolations(page);

    await search('meteo', ['Météo-France']);
    await search('ministere de la culture', ['Ministère de la Culture']);
  });

  it('creates an organisation and finds it in the list', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle organisation' }).waitFor();
    await page.getByLabel('Nom').fill(name);
    await page.getByLabel('Sigle').fill('CEE');
    await page.getByLabel('Organisation de rattachement').fill('meteo');
    await page.getByRole('option', { name: 'Météo-France' }).click();
    await page.getByLabel('Territoire').fill('Occitanie');
    await page.getByLabel('Site web').fill('https://example.org/');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    // Redirected to the new record's page.
    await page.waitForURL(/#\/organisations\/\d+\/show$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('link', { name: 'Météo-France' }).waitFor();
    await page.getByRole('link', { name: 'https://example.org/' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('navigation').getByRole('menuitem', { name: 'Organisations' }).click();
    await search(`ephemere e2e ${suffix}`, [name]);
    await expectNoSeriousA11yViolations(page);
  });

  it('pages a search with more than 1 000 matches, saying "more than 1 000" without pretending to know their number', async () => {
    const { page } = browser;
    const word = `Lotcapé${suffix}`;
    // 1 001 organisations through the API (in the browser, with the lead's session), removed afterwards.
    const ids = await page.evaluate(async (prefix) => {
      const headers = { Authorization: `Bearer ${localStorage.getItem('aic.token')}`, 'Content-Type': 'application/json' };
      const created: number[] = [];
      for (let start = 0; start < 1001; start += 50) {
        const batch = Array.from({ length: Math.min(50, 1001 - start) }, (_, i) =>
          fetch('/api/organisations', { method: 'POST', headers, body: JSON.stringify({ name: `${prefix} ${start + i}`, kind: 'association' }) }).then((r) => r.json()),
        );
        created.push(...(await Promise.all(batch)).map((o: { id: number }) => o.id));
      }
      return created;
    }, word);
    try {
      expect(ids.filter(Number.isInteger)).toHaveLength(1001);
      await page.getByRole('navigation').getByRole('menuitem', { name: 'Organisations' }).click();
      await page.getByLabel('Rechercher').fill(word.toLowerCase());
      await page.getByText(/^1-25 sur plus de 1\s000$/).waitFor();
      await page.getByRole('button', { name: 'Aller à la prochaine page' }).click();
      await page.getByText(/^26-50 sur plus de 1\s000$/).waitFor();
      expect(await rows().count()).toBe(25);
      await expectNoSeriousA11yViolations(page);
    } finally {
      await page.evaluate(async (toDelete) => {
        const headers = { Authorization: `Bearer ${localStorage.getItem('aic.token')}` };
        for (let start = 0; start < toDelete.length; start += 50) {
          await Promise.all(toDelete.slice(start, start + 50).map((id) => fetch(`/api/organisations/${id}`, { method: 'DELETE', headers })));
        }
      }, ids);
    }
  }, 180_000); // 1 001 creations through the API: minutes when the machine is shared

  it("shows the API's refusal of a duplicate name in the UI's language, switched without reloading", async () => {
    const { page } = browser;
    const submitDuplicate = async (heading: string, nameLabel: string, save: string) => {
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByLabel(nameLabel).fill('météo-france');
      await page.getByRole('button', { name: save }).click();
    };

    // The 409's field error (the API's `errors.name`) shows under the input.
    await page.goto('/#/organisations/create');
    await submitDuplicate('Nouvelle organisation', 'Nom', 'Enregistrer');
    await page.getByText('Valeur déjà utilisée').waitFor();

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await submitDuplicate('New organisation', 'Name', 'Save');
    await page.getByText('Value already in use').waitFor();
    expect(await page.getByText('Valeur déjà utilisée').count()).toBe(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle organisation' }).waitFor();
  });
});
