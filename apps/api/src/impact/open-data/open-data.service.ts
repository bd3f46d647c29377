import { Injectable } from '@nestjs/common';
import { SeasonResultsService } from '../season-results/season-results.service.js';
import { toCsv } from './csv.js';
import { OPEN_DATA_FILES, type OpenDataFile, type SeasonDataset, tableSchema } from './open-data-files.js';

export type OpenDataFormat = 'csv' | 'json' | 'schema.json';

export interface OpenDataDocument {
  contentType: string;
  body: string;
}

const FILE_NAME = /^([a-z]+)\.(csv|json|schema\.json)$/;

/** A season's results as open data: one CSV (UTF-8, comma) and one JSON per file, each with its Table Schema. */
@Injectable()
export class OpenDataService {
  constructor(private readonly results: SeasonResultsService) {}

  async dataset(season: SeasonDataset['season']): Promise<SeasonDataset> {
    const id = season.id;
    const [laureates, carriers, partners, actionCounts, decisions, grants, indicators, surveys] = await Promise.all([
      this.results.laureates(id), this.results.carriers(id), this.results.partners(id), this.results.actionCounts(id), this.results.decisions(id), this.results.grants(id),
      this.results.indicators(id), this.results.surveys(id),
    ]);
    return { season, laureates, carriers, partners, actionCounts, decisions, grants, indicators, surveys };
  }

  /** `laureats.csv`, `laureats.json`, `laureats.schema.json` or `datapackage.json`; null for any other name. */
  async document(season: SeasonDataset['season'], fileName: string): Promise<OpenDataDocument | null> {
    if (fileName === 'datapackage.json') return json(dataPackage(season));
    const match = FILE_NAME.exec(fileName);
    const file = match && OPEN_DATA_FILES.find((f) => f.name === match[1]);
    if (!match || !file) return null;
    const format = match[2] as OpenDataFormat;
    if (format === 'schema.json') return json(tableSchema(file));
    const rows = file.rows(await this.dataset(season));
    if (format === 'json') return json(rows);
    return { contentType: 'text/csv; charset=utf-8', body: toCsv(file.fields.map((f) => f.name), rows) };
  }
}

const json = (value: unknown): OpenDataDocument => ({ contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(value, null, 2)}\n` });

/** A frictionless Data Package listing the files of the season, their formats and schemas (relative paths). */
export function dataPackage(season: SeasonDataset['season']) {
  return {
    profile: 'tabular-data-package',
    name: `aic-saison-${season.year}`,
    title: `Accélérateur d'Initiatives Citoyennes — résultats de la saison ${season.year}`,
    licenses: [{ name: 'etalab-2.0', title: 'Licence Ouverte / Open Licence version 2.0', path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' }],
    resources: OPEN_DATA_FILES.map((file: OpenDataFile) => ({
      name: file.name, title: file.title, description: file.description, path: `${file.name}.csv`, format: 'csv', encoding: 'utf-8', mediatype: 'text/csv',
      profile: 'tabular-data-resource', schema: `${file.name}.schema.json`,
    })),
  };
}
