import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/crud/record-writer.js';
import { publicText } from '../season-results/public-text.js';
import { type ResultIndicator, type ResultPartner, type SeasonFigures, SeasonResultsService } from '../season-results/season-results.service.js';
import { stepsByYear } from '../season-results/words.js';

export interface BookletLaureate {
  id: number;
  name: string;
  tagline: string | null;
  mission: string | null;
  publicServiceContribution: string | null;
  carrierName: string | null;
  website: string | null;
  partners: ResultPartner[];
  /** What the accelerator enabled, by axis, in the roadmap's order. */
  enabled: Array<{ axis: string; items: string[] }>;
  nextSteps: Array<{ year: string | null; steps: string[] }>;
  /** Indicators with their latest measurement, as one line each. */
  results: string[];
  quote: string | null;
}

export interface Booklet {
  season: { id: number; name: string; year: number; accompanimentStartsOn: string | null; accompanimentEndsOn: string | null };
  welcomeText: string | null;
  figures: SeasonFigures;
  laureates: BookletLaureate[];
}

const AXIS_ORDER = ['consolidate', 'integrate', 'deploy'];

const lines = (text: string | null) => (text ?? '').split('\n').map((x) => x.replace(/^[-•*]\s*/, '').trim()).filter(Boolean);
const decimal = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(n).replace(/\u202f|\u00a0/g, ' ');

/** "Nouvelles stations : 5 stations (départ 0, cible 5, atteinte)". */
function indicatorLine(i: ResultIndicator): string {
  const latest = i.latestValue === null ? 'pas encore mesuré' : `${decimal(i.latestValue)} ${i.unit}`;
  const reached = i.targetReached === null ? '' : i.targetReached ? ', atteinte' : `, ${decimal(i.progressPercent ?? 0)} % du chemin`;
  return `${publicText(i.name)} : ${latest} (départ ${decimal(i.baselineValue)}, cible ${decimal(i.targetValue)}${reached})`;
}

/** The season's closing booklet, from the data: welcome text, programme figures, one chapter per laureate. */
@Injectable()
export class BookletService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly results: SeasonResultsService,
  ) {}

  async build(seasonId: number): Promise<Booklet> {
    const [season] = await this.dataSource.query(
      `SELECT s.id, s.name, s.year, s.accompaniment_starts_on::text AS "accompanimentStartsOn", s.accompaniment_ends_on::text AS "accompanimentEndsOn",
              p.welcome_text AS "welcomeText"
       FROM seasons s LEFT JOIN season_publications p ON p.season_id = s.id WHERE s.id = $1`,
      [seasonId],
    );
    if (!season) throw notFound('seasons', seasonId);
    const [figures, laureates, partners, achievements, surveys, indicators] = await Promise.all([
      this.results.figures(seasonId), this.results.laureates(seasonId), this.results.partners(seasonId), this.results.achievements(seasonId),
      this.results.surveys(seasonId), this.results.indicators(seasonId),
    ]);
    const { welcomeText, ...rest } = season;
    return {
      season: rest,
      welcomeText: publicText(welcomeText),
      figures,
      laureates: laureates.map((l) => {
        const done = achievements.filter((a) => a.laureateId === l.id);
        const survey = surveys.find((x) => x.laureateId === l.id);
        const byAxis = AXIS_ORDER.map((axis) => ({ axis, items: done.filter((a) => a.axis === axis).map((a) => publicText(a.text)) })).filter((g) => g.items.length > 0);
        // Without done actions, the survey's own words (no axis) stand for what the accelerator enabled.
        const fromSurvey = lines(publicText(survey?.whatTheAcceleratorEnabled ?? null));
        return {
          id: l.id,
          name: l.name,
          tagline: publicText(l.tagline),
          mission: publicText(l.mission),
          publicServiceContribution: publicText(l.publicServiceContribution),
          carrierName: l.carrierName,
          website: l.website,
          partners: partners.filter((p) => p.laureateId === l.id),
          enabled: byAxis.length > 0 || fromSurvey.length === 0 ? byAxis : [{ axis: '', items: fromSurvey }],
          nextSteps: stepsByYear(publicText(survey?.nextSteps || l.nextSteps)),
          results: indicators.filter((i) => i.laureateId === l.id).map(indicatorLine),
          quote: publicText(survey?.quote ?? null),
        };
      }),
    };
  }
}
