import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkA11y } from './accompaniment-helpers';
import { apiGet, type Browser, launchBrowser, login } from './browser';

// One session for the file: the programme lead's dashboard on season 1, then the season comparison.
describe('Impact dashboards, as a programme lead', () => {
  let browser: Browser;
  let seasons: Array<{ id: number; name: string; year: number }>;

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'pilote@demo.aic.test');
    seasons = await apiGet(browser.page, '/api/seasons', { sort: ['year', 'ASC'] });
  });
  afterAll(() => browser.close());

  it('renders the charts of season 1 with its published figures, each with its data table', async () => {
    const { page } = browser;
    await page.goto(`/#/impact?seasonId=${seasons[0].id}`);
    const outcomes = page.getByRole('region', { name: 'Résultats du programme', exact: true });
    await outcomes.waitFor();
    await expect(outcomes.locator('li').allTextContents()).resolves.toEqual(
      expect.arrayContaining([
        '8 lauréats sur 9 ont gagné 12 à 24 mois',
        '7 lauréats sur 9 financés',
        '7 lauréats sur 9 autonomes avec les administrations (78 %)',
        '3 actions interministérielles mises en place',
      ]),
    );
    const charts = page.locator('[data-chart]');
    await page.waitForFunction(() => document.querySelectorAll('[data-chart] svg rect, [data-chart] svg path').length > 20);
    // Six programme figures, and the season's selection funnel (200 applications, 9 selected, by track).
    await page.locator('[data-chart="chart-selectionFunnel"]').waitFor();
    expect(await charts.count()).toBe(7);
    await page.locator('[data-chart="chart-selectionFunnel"] summary').click();
    const funnel = page.locator('[data-chart="chart-selectionFunnel"] table');
    const perTrack = async (step: string) => (await funnel.getByRole('row', { name: new RegExp(`^${step}`) }).locator('td').allTextContents()).map((n) => Number(n.replace(/\s/g, '')));
    expect((await perTrack('Reçues')).reduce((a, b) => a + b, 0)).toBe(200);
    expect((await perTrack('Sélectionnées')).reduce((a, b) => a + b, 0)).toBe(9);
    await page.locator('[data-chart="chart-outcomes"] summary').click(); // the table behind the chart
    const outcomeTable = page.locator('[data-chart="chart-outcomes"] table');
    expect(await outcomeTable.getByRole('row', { name: /12 à 24 mois gagnés/ }).locator('td').allTextContents()).toEqual(['8']);
    expect(await outcomeTable.getByRole('row', { name: /Actions interministérielles/ }).locator('td').allTextContents()).toEqual(['3']);
    await page.locator('[data-chart="chart-money"] summary').click();
    expect(await page.locator('[data-chart="chart-money"] table').getByRole('row', { name: /Accordé/ }).locator('td').allTextContents()).toEqual(['805\u202f000']);
    // the alerts waiting on the lead's home, counted on the menu's home entry
    const { count } = await apiGet<{ count: number }>(page, '/api/alerts/count');
    expect(count).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('menuitem', { name: `Tableau de bord (${count} alertes)` }).waitFor();
    expect(await page.locator(`[data-alert-count="${count}"]`).count()).toBe(1);
    await checkA11y(page);
  });

  it('compares both seasons side by side, same figures in one chart each', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Comparaison annuelle' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Comparaison des saisons' }).waitFor();
    await page.locator('[data-chart="compare-outcomes"] summary').click();
    const table = page.locator('[data-chart="compare-outcomes"] table');
    // other journeys may add seasons, or season-2 laureates, to the product they share: the API's figures are the reference
    const figures = await apiGet<Array<{ name: string; outcomes: { laureates: number } }>>(page, '/api/dashboards/season-comparison');
    expect(figures.slice(0, 2).map((f) => f.name)).toEqual([seasons[0].name, seasons[1].name]);
    expect((await table.locator('thead th').allTextContents()).slice(1)).toEqual(figures.map((f) => f.name));
    expect(figures[0].outcomes.laureates).toBe(9);
    expect(await table.getByRole('row', { name: /^Lauréats / }).locator('td').allTextContents()).toEqual(figures.map((f) => String(f.outcomes.laureates)));
    expect(await page.locator('[data-chart]').count()).toBe(6);
    await checkA11y(page);
  });

  it('reads the alerts once a page: listed on the home page, whose totals give the badge; counted elsewhere', async () => {
    const { page } = browser;
    const asked: string[] = [];
    const record = (request: { url: () => string }) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/alerts')) asked.push(pathname);
    };
    page.on('request', record);
    try {
      const menu = page.getByRole('navigation', { name: 'Menu principal' });
      await menu.getByRole('menuitem', { name: /^Tableau de bord/ }).click();
      const panel = page.getByRole('region', { name: /^À traiter/ });
      await panel.locator('[data-alert]').first().waitFor();
      const listed = await apiGet<Array<{ kind: string; kindTotal: number }>>(page, '/api/alerts');
      const total = [...new Map(listed.map((a) => [a.kind, a.kindTotal])).values()].reduce((a, b) => a + b, 0);
      await page.locator(`[data-alert-count="${total}"]`).waitFor();
      expect(asked).toEqual(['/api/alerts', '/api/alerts']); // the page's, then this test's own
      asked.length = 0;
      const counted = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/alerts/count');
      await menu.getByRole('menuitem', { name: 'Saisons' }).click();
      await page.getByRole('heading', { level: 1, name: 'Saisons' }).waitFor();
      await counted;
      await page.waitForLoadState('networkidle');
      expect(asked).toEqual(['/api/alerts/count']);
      expect(await page.locator(`[data-alert-count="${total}"]`).count()).toBe(1);
    } finally {
      page.off('request', record);
    }
  });
});
