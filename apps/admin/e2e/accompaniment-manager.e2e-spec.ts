import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page, Response } from 'playwright-core';
import { checkA11y, eventually, notification, pick } from './accompaniment-helpers';
import { apiGet, type Browser, launchBrowser, login } from './browser';

/** "x / y" of an axis's progress on the Feuille de route tab. */
async function axisProgress(page: Page, axis: string): Promise<[number, number]> {
  const text = await page.getByRole('region', { name: axis }).getByText(/^\d+ \/ \d+ actions réalisées$/).textContent();
  const [, done, total] = /^(\d+) \/ (\d+)/.exec(text ?? '') ?? [];
  return [Number(done), Number(total)];
}

// charge.a manages the laureates at even indexes of the demo data (season 1 in booklet order, then season 2).
describe('Accompaniment, as an acceleration manager', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const laureate = 'Sentinelles des rivières';
  const actionTitle = `Relance des communes e2e ${suffix}`;
  const callTitle = `Point téléphonique e2e ${suffix}`;
  const tab = (name: string) => browser.page.getByRole('tab', { name, exact: true });

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'charge.a@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lands on "Mes lauréats", listing exactly the laureates they manage', async () => {
    const { page } = browser;
    await page.getByRole('heading', { level: 1, name: 'Mes lauréats' }).waitFor();
    const me = await page.evaluate(() => JSON.parse(localStorage.getItem('aic.user') ?? '{}').id as number);
    const managed = await apiGet<Array<{ name: string }>>(page, '/api/laureates', {
      filter: { accelerationManagerId: me },
      range: [0, 199],
    });
    expect(managed.map((l) => l.name)).toContain(laureate);

    const mine = page.getByRole('region', { name: "Les lauréats que j'accompagne" });
    await mine.getByRole('link', { name: laureate }).waitFor();
    const shown = await mine.locator('tbody tr td:first-child').allTextContents();
    expect(shown.sort()).toEqual(managed.map((l) => l.name).sort());
    await page.getByRole('region', { name: 'Actions en retard' }).getByText('en retard').first().waitFor();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/accompaniment-home-manager.png', fullPage: true });

    // The page asks for what it shows: its lists of laureates and of actions carry fields, and their rows hold only those
    // (the actions' laureates are then named by a getMany of their names: a filter on ids, checked apart).
    const asked: Array<Promise<{ resource: string; keys: string[] }>> = [];
    const collect = (response: Response) => {
      const match = /\/api\/(laureates|actions)\?.*fields=/.exec(response.url());
      const byIds = Object.hasOwn(JSON.parse(new URL(response.url()).searchParams.get('filter') ?? '{}'), 'id');
      if (match && !byIds) asked.push(response.json().then((rows: object[]) => ({ resource: match[1], keys: [...new Set(rows.flatMap((row) => Object.keys(row)))].sort() })));
    };
    page.on('response', collect);
    await page.reload();
    await mine.getByRole('link', { name: laureate }).waitFor();
    await page.getByRole('region', { name: 'Actions en retard' }).getByText('en retard').first().waitFor();
    // The next actions' list may answer after the panels above have drawn (it failed once so in CI): wait up to 10 s for
    // the three lists the page asks for before looking at them.
    for (let tries = 0; tries < 100 && asked.length < 3; tries++) await page.waitForTimeout(100);
    page.off('response', collect);
    const lists = await Promise.all(asked);
    expect(lists.map((list) => list.resource).sort()).toEqual(['actions', 'actions', 'laureates']);
    const keysOf = (resource: string) => [...new Set(lists.filter((list) => list.resource === resource).flatMap((list) => list.keys))].sort();
    expect(keysOf('laureates')).toEqual(['health', 'id', 'name', 'phase']);
    expect(keysOf('actions')).toEqual(['dueOn', 'id', 'laureateId', 'status', 'title']);
  });

  it('adds an action, marks it done, and sees the axis progress follow', async () => {
    const { page } = browser;
    await page.getByRole('region', { name: "Les lauréats que j'accompagne" }).getByRole('link', { name: laureate }).click();
    await page.getByRole('heading', { level: 1, name: laureate }).waitFor();
    await checkA11y(page);

    await tab('Feuille de route').click();
    await page.getByRole('region', { name: 'Déployer' }).getByText(/actions réalisées/).waitFor();
    const [done, total] = await axisProgress(page, 'Déployer');
    await checkA11y(page);

    // The tab asks for the fields its columns and buttons read (a laureate's actions by its id: getManyReference).
    const tabList = page.waitForResponse((response) => /\/api\/actions\?.*fields=/.test(response.url()));
    await tab('Actions').click();
    const tabRows = (await (await tabList).json()) as object[];
    expect([...new Set(tabRows.flatMap((row) => Object.keys(row)))].sort()).toEqual(['axis', 'dueOn', 'id', 'ownerId', 'status', 'supportType', 'title', 'version']);
    const form = page.getByRole('region', { name: 'Ajouter une action' });
    await form.getByLabel('Intitulé').fill(actionTitle);
    await pick(page, form.getByRole('combobox', { name: /^Axe/ }), 'Déployer');
    await pick(page, form.getByRole('combobox', { name: /^Type d'appui/ }), 'Mise en réseau');
    await form.getByLabel('Échéance').fill('15/01/2031');
    await checkA11y(page);
    await form.getByRole('button', { name: 'Ajouter une action' }).click();
    const row = page.locator('tbody tr', { hasText: actionTitle });
    await row.waitFor();
    expect(await form.getByLabel('Intitulé').inputValue()).toBe('');

    await tab('Feuille de route').click();
    await eventually(() => axisProgress(page, 'Déployer'), [done, total + 1]);

    await tab('Actions').click();
    const markDone = page.getByRole('button', { name: `Marquer comme fait : ${actionTitle}` });
    // A quick change is saved at once and can be undone from its notification.
    await markDone.click();
    await row.getByText('Faite', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Annuler', exact: true }).click();
    await page.getByText('Modification annulée', { exact: false }).waitFor();
    await markDone.waitFor();
    expect(await row.getByText('Faite', { exact: true }).count()).toBe(0);
    await markDone.click();
    await row.getByText('Faite', { exact: true }).waitFor();
    expect(await markDone.count()).toBe(0);

    await tab('Feuille de route').click();
    await eventually(() => axisProgress(page, 'Déployer'), [done + 1, total + 1]);
    await page.screenshot({ path: '/tmp/accompaniment-roadmap.png', fullPage: true });
  });

  it('adds journal entries; an introduction moves the partnership on', async () => {
    const { page } = browser;
    await tab('Journal').click();
    // The tab and its panel are linked for screen readers: the panel is named by its tab.
    await page.getByRole('tabpanel', { name: 'Journal' }).waitFor();
    expect(await tab('Journal').getAttribute('aria-controls')).toBe('laureate-tabpanel');
    const form = page.getByRole('region', { name: 'Ajouter un échange' });
    await pick(page, form.getByRole('combobox', { name: /^Type/ }), 'Appel');
    await form.getByLabel('Titre').fill(callTitle);
    // Date and time typed in French whatever the browser's language (now, by default).
    const occurredAt = form.getByRole('textbox', { name: /^Date\b/ });
    const now = await occurredAt.inputValue();
    expect(now).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await occurredAt.fill('31/02/2026 09:15');
    await form.getByRole('button', { name: 'Ajouter un échange' }).click();
    await form.getByText('Saisissez une date et une heure réelles').waitFor();
    await occurredAt.fill(now);
    await form.getByLabel('Résumé').fill('Point sur la campagne de recrutement.');
    // Who it was with: an organisation (a participant of any exchange, not only of an introduction).
    await form.getByLabel('Organisations présentes').fill('meteo');
    await page.getByRole('option', { name: 'Météo-France' }).click();
    await form.getByLabel('Suite à donner', { exact: true }).fill('Envoyer le compte rendu');
    await form.getByLabel('Suite à donner avant le').fill('15/01/2031');
    await form.getByRole('button', { name: 'Ajouter un échange' }).click();
    await notification(page, 'Échange ajouté au journal.');
    // Newest first: the entry just added (dated now) heads the timeline, with its participants and follow-up date.
    await eventually(() => page.locator('ol li h3').first().textContent(), callTitle);
    const entry = page.locator('ol > li').filter({ has: page.getByRole('heading', { level: 3, name: callTitle }) });
    await entry.getByRole('link', { name: 'Météo-France' }).waitFor();
    await entry.getByText(/Envoyer le compte rendu.*avant le 15\/01\/2031/).waitFor();
    await checkA11y(page);

    // The administration picker offers administrations only: the laureate's own association is not one.
    await pick(page, form.getByRole('combobox', { name: /^Type/ }), 'Mise en relation');
    await form.getByLabel('Administration mise en relation').fill('Rivières en commun');
    await page.getByText('Aucun résultat').or(page.getByRole('option', { name: /Créer l’administration/ })).first().waitFor();
    expect(await page.getByRole('option', { name: /Association Rivières en commun/ }).count()).toBe(0);
    await form.getByLabel('Administration mise en relation').fill('');

    // Météo-France is "identified" for this laureate in the demo: an introduction moves it to "introduced".
    await pick(page, form.getByRole('combobox', { name: /^Type/ }), 'Mise en relation');
    await form.getByLabel('Titre').fill(`Mise en relation e2e ${suffix}`);
    await form.getByLabel('Administration mise en relation').fill('meteo');
    await page.getByRole('option', { name: 'Météo-France' }).click();
    expect(await form.getByRole('checkbox', { name: 'Créer ou faire avancer le partenariat' }).isChecked()).toBe(true);
    await checkA11y(page);
    await form.getByRole('button', { name: 'Ajouter un échange' }).click();
    await notification(page, /le partenariat avec cette administration a été créé ou mis à jour/);
    await page.screenshot({ path: '/tmp/accompaniment-journal.png', fullPage: true });

    await tab('Partenaires publics').click();
    await page.getByRole('region', { name: /^Mis en relation/ }).getByRole('link', { name: 'Météo-France', exact: true }).waitFor();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/accompaniment-partners.png', fullPage: true });
  });

  it('shows the overview and the team with no accessibility violation', async () => {
    const { page } = browser;
    await tab('Équipe').click();
    await page.getByRole('heading', { name: "L'équipe du projet" }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/accompaniment-team.png', fullPage: true });

    await tab("Vue d'ensemble").click();
    await page.getByRole('heading', { name: 'Diagnostic partagé' }).waitFor();
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/accompaniment-overview.png', fullPage: true });

    // A season-2 laureate, entered without an application: no application line.
    expect(await page.getByText('Dossier de candidature').count()).toBe(0);
  });

  it('edits their laureate, except what only the programme lead decides', async () => {
    const { page } = browser;
    const reason = `Convention signée, recrutement relancé (e2e ${suffix})`;
    await page.getByRole('link', { name: 'Éditer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Modifier « ${laureate} »` }).waitFor();
    for (const locked of [/^Phase/, /^Saison/, /^Chargé d'accélération/]) {
      expect(await page.getByRole('combobox', { name: locked }).getAttribute('aria-disabled')).toBe('true');
    }
    await checkA11y(page);
    await page.getByLabel('Motif (santé)').fill(reason);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/#\/laureates\/\d+\/show$/);
    await page.getByText(reason).waitFor();
  });

  it("shows no write button on another manager's laureate", async () => {
    const { page } = browser;
    await page.getByRole('navigation').getByRole('menuitem', { name: 'Lauréats', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Lauréats' }).waitFor();
    await page.locator('tbody tr', { hasText: 'Cadastre solaire libre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cadastre solaire libre' }).waitFor();
    await page.getByText('Bastien Chargé-B (démo)').waitFor();
    await tab('Actions').click();
    await page.locator('tbody tr').first().waitFor();
    const writers = page.getByRole('button', { name: /^(Marquer comme fait|Ajouter)/ });
    expect(await writers.count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Éditer/ }).count()).toBe(0);
    await checkA11y(page);
  });

  it("asks its rows' laureates' names and managers in one request each, and offers writing on its own laureates' rows only", async () => {
    const { page } = browser;
    const me = await page.evaluate(() => JSON.parse(localStorage.getItem('aic.user') ?? '{}').id as number);
    const asked: string[] = [];
    const record = (request: { url: () => string }) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/laureates')) asked.push(`${url.pathname}${url.search}`);
    };
    page.on('request', record);
    try {
      await page.getByRole('navigation').getByRole('menuitem', { name: 'Actions', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
      await page.locator('tbody tr').first().waitFor();
      const rows = await apiGet<Array<{ laureateId: number }>>(page, '/api/actions', { sort: ['dueOn', 'ASC'], range: [0, 24] });
      const mine = new Set((await apiGet<Array<{ id: number }>>(page, '/api/laureates', { filter: { accelerationManagerId: me }, range: [0, 199] })).map((l) => l.id));
      const editable = rows.filter((row) => mine.has(row.laureateId)).length;
      expect(editable).toBeGreaterThan(0);
      expect(editable).toBeLessThan(rows.length);
      await eventually(() => page.locator('tbody').getByRole('link', { name: /^Éditer/ }).count(), editable);
      // The rows' laureates' names: those alone, in one request (react-admin's getMany with meta.fields).
      const namesAsked = asked.filter((url) => new URLSearchParams(url.split('?')[1]).get('fields') === '["name"]');
      expect(namesAsked).toHaveLength(1);
      const named = JSON.parse(new URLSearchParams(namesAsked[0].split('?')[1]).get('filter')!).id as number[];
      expect([...named].sort()).toEqual([...new Set(rows.map((row) => row.laureateId))].sort());
      const shownNames = await page.locator('tbody tr td:nth-child(2)').allTextContents();
      expect(shownNames.every((name) => name.trim().length > 0)).toBe(true);
      const managersAsked = asked.filter((url) => new URLSearchParams(url.split('?')[1]).get('fields') === '["accelerationManagerId"]');
      expect(managersAsked.length).toBeLessThanOrEqual(1); // none when every one was asked in the last 30 s
      expect(asked.filter((url) => /^\/api\/laureates\/\d+$/.test(url))).toEqual([]);
    } finally {
      page.off('request', record);
    }
  });

  it('goes from a laureate to the application it was selected from, and back', async () => {
    const { page } = browser;
    // A manager lists only the applications promoted to the laureates they read.
    const [application] = await apiGet<Array<{ id: number; reference: string; projectName: string; laureateId: number }>>(page, '/api/applications', { range: [0, 0] });
    await page.goto(`/#/laureates/${application.laureateId}/show`);
    const link = page.getByRole('link', { name: `${application.reference} — ${application.projectName}` });
    expect(await link.getAttribute('href')).toContain(`/applications/${application.id}/show`);
    await checkA11y(page);
    await link.click();
    await page.waitForURL(new RegExp(`#/applications/${application.id}/show$`));
    await page.getByText(application.reference, { exact: true }).waitFor();
    // The trail names the applications without linking to their list, which a manager may not open.
    await page.getByRole('navigation', { name: /fil d'ariane|vous êtes ici/i }).getByText('Candidatures', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Candidatures', exact: true }).count()).toBe(0);
    await checkA11y(page);
    await page.screenshot({ path: '/tmp/application-from-laureate.png', fullPage: true });
    await page.getByRole('link', { name: 'Voir le lauréat' }).click();
    await page.waitForURL(new RegExp(`#/laureates/${application.laureateId}/show$`));
    await page.getByRole('link', { name: `${application.reference} — ${application.projectName}` }).waitFor();
  });

  it('lists the 10 most urgent alerts of a kind on the home page, says how many more, and links to them all', async () => {
    const { page } = browser;
    await page.goto('/#/');
    const me = await page.evaluate(() => JSON.parse(localStorage.getItem('aic.user') ?? '{}').id as number);
    const [mine] = await apiGet<Array<{ id: number }>>(page, '/api/laureates', { filter: { accelerationManagerId: me, phase: ['phase1', 'phase2'] }, range: [0, 0] });
    // 12 actions far overdue, written through the API as the manager, removed at the end.
    const created: number[] = await page.evaluate(
      async ({ laureateId, suffix }) => {
        const headers = { Authorization: `Bearer ${localStorage.getItem('aic.token')}`, 'Content-Type': 'application/json' };
        const ids: number[] = [];
        for (let n = 1; n <= 12; n++) {
          const body = { laureateId, axis: 'deploy', supportType: 'networking', title: `Très en retard ${n} e2e ${suffix}`, status: 'planned', dueOn: `2020-01-${String(n).padStart(2, '0')}` };
          ids.push((await (await fetch('/api/actions', { method: 'POST', headers, body: JSON.stringify(body) })).json()).id);
        }
        return ids;
      },
      { laureateId: mine.id, suffix },
    );
    try {
      const alerts = await apiGet<Array<{ kind: string; kindTotal: number }>>(page, '/api/alerts');
      const overdue = alerts.filter((a) => a.kind === 'overdue_action');
      expect(overdue).toHaveLength(10);
      await page.reload();
      const panel = page.getByRole('region', { name: /^À traiter/ });
      await panel.locator('[data-alert="overdue_action"]').first().waitFor();
      expect(await panel.locator('[data-alert="overdue_action"]').count()).toBe(10);
      const more = panel.locator('[data-alert-more="overdue_action"]');
      expect(await more.textContent()).toBe(`… et ${overdue[0].kindTotal - 10} autres — voir toutes les actions en retard`);
      await checkA11y(page);
      await more.getByRole('link', { name: 'voir toutes les actions en retard' }).click();
      await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
      await page.getByText(`Très en retard 1 e2e ${suffix}`).waitFor();
    } finally {
      await page.evaluate(async (ids) => {
        const headers = { Authorization: `Bearer ${localStorage.getItem('aic.token')}` };
        for (const id of ids) await fetch(`/api/actions/${id}`, { method: 'DELETE', headers });
      }, created);
    }
  });
});
