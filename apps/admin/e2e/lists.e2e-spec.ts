import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

/** What a cell of a column must look like: French formats and labels, never an id, a code or a raw number. */
// One amount format everywhere (useFormat): "60 000 €", cents only when there are some.
const euro = /^(?!.*,00\s€$)-?\d{1,3}(\s\d{3})*(,\d{2})?\s€$/;
const date = /^\d{2}\/\d{2}\/\d{4}$/;
const name = /^(?!\d+$)(?![a-z]+(_[a-z]+)*$)(?!aic\.).{3,}$/u;

interface ListCase {
  resource: string;
  title: string;
  /** Header → the pattern every non-empty cell of that column matches (at least one cell is non-empty). */
  cells: Record<string, RegExp>;
  /** Headers users cannot sort by (a record's name by id) and headers they can. */
  unsortable: string[];
  sortable: string[];
}

const cases: ListCase[] = [
  {
    resource: 'decisions',
    title: 'Décisions',
    cells: { Lauréat: name, Comité: name, Décision: name, 'Financement accordé (€)': euro, 'Décidée le': date },
    unsortable: ['Lauréat', 'Comité'],
    sortable: ['Décision', 'Décidée le'],
  },
  {
    resource: 'commitments',
    title: 'Engagements',
    // The demo's commitments are in kind (no amount).
    cells: { Échéance: date, Lauréat: name, 'Administration ou financeur': name, Nature: name, Statut: name },
    unsortable: ['Lauréat', 'Administration ou financeur'],
    sortable: ['Échéance', 'Montant (€)', 'Statut'],
  },
  {
    resource: 'grants',
    title: 'Subventions',
    cells: { Lauréat: name, 'Montant (€)': euro, Objet: name, Statut: name, 'Convention signée le': date },
    unsortable: ['Lauréat', 'Objet'],
    sortable: ['Montant (€)', 'Statut', 'Convention signée le'],
  },
  {
    resource: 'disbursements',
    title: 'Versements',
    cells: { 'Versé le': date, Subvention: name, 'Montant (€)': euro },
    unsortable: ['Subvention'],
    sortable: ['Versé le', 'Montant (€)'],
  },
];

interface Table {
  headers: { text: string; sortable: boolean }[];
  rows: string[][];
}

describe('Funding lists, as the programme lead', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'pilote@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The table as users read it. */
  function readTable(): Promise<Table> {
    return browser.page.evaluate(() => ({
      headers: [...document.querySelectorAll('thead th')].map((th) => ({
        text: (th.textContent ?? '').trim(),
        sortable: th.querySelector('.MuiTableSortLabel-root') !== null,
      })),
      rows: [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
    }));
  }

  /** Reads the table again until each of these columns shows something (references resolve after the rows), for 10 s at most. */
  async function readFilledTable(headers: string[]): Promise<Table> {
    await browser.page.locator('tbody tr').first().waitFor();
    const filled = (table: Table) =>
      headers.every((header) => {
        const index = table.headers.findIndex((h) => h.text === header);
        return index >= 0 && table.rows.some((row) => row[index] !== '');
      });
    let table = await readTable();
    for (let waited = 0; !filled(table) && waited < 10_000; waited += 200) {
      await browser.page.waitForTimeout(200);
      table = await readTable();
    }
    return table;
  }

  it.each(cases)('shows $resource with names, French amounts and dates, and sorts where it makes sense', async (list) => {
    const { page } = browser;
    await page.goto(`/#/${list.resource}`);
    await page.getByRole('heading', { level: 1, name: list.title }).waitFor();
    const table = await readFilledTable(Object.keys(list.cells));
    const column = (header: string) => {
      const index = table.headers.findIndex((h) => h.text === header);
      expect({ header, found: index >= 0 }).toEqual({ header, found: true });
      return index;
    };
    for (const [header, pattern] of Object.entries(list.cells)) {
      const values = table.rows.map((row) => row[column(header)]).filter((value) => value !== '');
      expect({ header, filled: values.length > 0 }).toEqual({ header, filled: true });
      for (const value of values) expect({ header, value, matches: pattern.test(value) }).toEqual({ header, value, matches: true });
    }
    for (const header of list.unsortable) expect({ header, sortable: table.headers[column(header)].sortable }).toEqual({ header, sortable: false });
    for (const header of list.sortable) expect({ header, sortable: table.headers[column(header)].sortable }).toEqual({ header, sortable: true });
    await expectNoSeriousA11yViolations(page);
  });
});
