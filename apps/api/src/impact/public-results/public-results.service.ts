import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OpenDataService, type OpenDataDocument } from '../open-data/open-data.service.js';
import { SeasonPublicationsService } from '../season-publications/season-publications.service.js';
import { SeasonResultsService } from '../season-results/season-results.service.js';
import { renderResultsPage, renderSeasonsIndex, type PublicSeason } from './results-page.js';

/** What the public sees of a season, only once a programme lead has published it; null otherwise (a 404). */
@Injectable()
export class PublicResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publications: SeasonPublicationsService,
    private readonly results: SeasonResultsService,
    private readonly openData: OpenDataService,
  ) {}

  async index(): Promise<string> {
    return renderSeasonsIndex(await this.publications.listPublished());
  }

  async page(year: number): Promise<string | null> {
    const season = await this.publishedSeason(year);
    if (!season) return null;
    const id = season.id;
    const [figures, laureates, partners, grants, indicators, surveys] = await Promise.all([
      this.results.figures(id), this.results.laureates(id), this.results.partners(id), this.results.grants(id), this.results.indicators(id), this.results.surveys(id),
    ]);
    return renderResultsPage({ season, figures, laureates, partners, grants, indicators, surveys });
  }

  async openDataFile(year: number, fileName: string): Promise<OpenDataDocument | null> {
    const season = await this.publishedSeason(year);
    return season ? this.openData.document({ id: season.id, year: season.year, name: season.name }, fileName) : null;
  }

  private async publishedSeason(year: number): Promise<PublicSeason | null> {
    const published = await this.publications.publishedSeasonOfYear(year);
    if (!published) return null;
    const [season] = await this.dataSource.query(
      `SELECT id, name, year, accompaniment_starts_on::text AS "accompanimentStartsOn", accompaniment_ends_on::text AS "accompanimentEndsOn" FROM seasons WHERE id = $1`,
      [published.id],
    );
    return season ?? null;
  }
}
