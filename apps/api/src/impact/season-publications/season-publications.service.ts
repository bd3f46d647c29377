import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { findList, type ListPage } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { Season } from '../../programme/seasons/season.entity.js';
import { seasonPublicationListSpec } from './season-publications.list-spec.js';
import { notFound } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { AuditService, diffRecords } from '../../platform/audit-events/audit.service.js';
import type { UpdateSeasonPublicationDto } from './dto.js';

/** A season seen from its publication: id is the season's id (react-admin's resource `season-publications`). */
export interface SeasonPublication {
  id: number;
  seasonName: string;
  year: number;
  welcomeText: string | null;
  published: boolean;
  publishedAt: Date | null;
  publishedById: number | null;
  version: number;
  updatedAt: Date | null;
}

const SELECT = `
  SELECT s.id, s.name AS "seasonName", s.year, p.welcome_text AS "welcomeText", p.published_at IS NOT NULL AS published,
         p.published_at AS "publishedAt", p.published_by_id AS "publishedById", coalesce(p.version, 1) AS version, p.updated_at AS "updatedAt"
  FROM seasons s LEFT JOIN season_publications p ON p.season_id = s.id`;

const RESOURCE = 'season-publications';

/** Publishing a season is an explicit, audited act of a programme lead; until then nothing of it is public. */
@Injectable()
export class SeasonPublicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Through the shared list protocol on seasons (sort, range, filter), then each season of the page with its publication. */
  async list(query: ListQuery): Promise<ListPage<SeasonPublication>> {
    const qb = this.dataSource.getRepository(Season).createQueryBuilder('season');
    const page = await findList(qb, query, seasonPublicationListSpec);
    const ids = page.rows.map((season) => season.id);
    const rows: SeasonPublication[] = ids.length ? await this.dataSource.query(`${SELECT} WHERE s.id = ANY($1::int[])`, [ids]) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { ...page, rows: ids.map((id) => byId.get(id)!) };
  }

  async getOrFail(seasonId: number, em: EntityManager = this.dataSource.manager): Promise<SeasonPublication> {
    const [row] = await em.query(`${SELECT} WHERE s.id = $1`, [seasonId]);
    if (!row) throw notFound(RESOURCE, seasonId);
    return row;
  }

  /** The published season of that year, or null (also for a year with no season). */
  async publishedSeasonOfYear(year: number): Promise<SeasonPublication | null> {
    const [row] = await this.dataSource.query(`${SELECT} WHERE s.year = $1 AND p.published_at IS NOT NULL ORDER BY s.id LIMIT 1`, [year]);
    return row ?? null;
  }

  async listPublished(): Promise<SeasonPublication[]> {
    return this.dataSource.query(`${SELECT} WHERE p.published_at IS NOT NULL ORDER BY s.year DESC`);
  }

  update(seasonId: number, dto: UpdateSeasonPublicationDto, actor: Actor): Promise<SeasonPublication> {
    return this.write(seasonId, dto.version, actor, (em) =>
      em.query(`UPDATE season_publications SET welcome_text = $2 WHERE season_id = $1`, [seasonId, dto.welcomeText ?? null]),
    );
  }

  publish(seasonId: number, actor: Actor): Promise<SeasonPublication> {
    return this.write(seasonId, null, actor, (em) =>
      em.query(`UPDATE season_publications SET published_at = coalesce(published_at, now()), published_by_id = CASE WHEN published_at IS NULL THEN $2 ELSE published_by_id END WHERE season_id = $1`, [
        seasonId,
        actor.user.id,
      ]),
    );
  }

  unpublish(seasonId: number, actor: Actor): Promise<SeasonPublication> {
    return this.write(seasonId, null, actor, (em) => em.query(`UPDATE season_publications SET published_at = NULL, published_by_id = NULL WHERE season_id = $1`, [seasonId]));
  }

  /** One transaction: the row made if missing, locked, checked against the caller's version, changed, audited. */
  private write(seasonId: number, expectedVersion: number | null, actor: Actor, change: (em: EntityManager) => Promise<unknown>): Promise<SeasonPublication> {
    return this.dataSource.transaction(async (em) => {
      await this.getOrFail(seasonId, em);
      await em.query(`INSERT INTO season_publications (season_id) VALUES ($1) ON CONFLICT (season_id) DO NOTHING`, [seasonId]);
      await em.query(`SELECT 1 FROM season_publications WHERE season_id = $1 FOR UPDATE`, [seasonId]);
      const before = await this.getOrFail(seasonId, em);
      if (expectedVersion !== null && before.version !== expectedVersion) {
        throw new ConflictException({
          message: bilingual(
            `Cet enregistrement a été modifié entre-temps (version ${before.version}, la vôtre ${expectedVersion}) : rechargez la page`,
            `This record was changed in the meantime (version ${before.version}, yours ${expectedVersion}): reload the page`,
          ),
          currentVersion: before.version,
        });
      }
      await change(em);
      const changes = diffRecords(pick(before), pick(await this.getOrFail(seasonId, em)));
      if (Object.keys(changes).length === 0) return before;
      await em.query(`UPDATE season_publications SET version = version + 1, updated_at = now() WHERE season_id = $1`, [seasonId]);
      await this.audit.record(em, actor, RESOURCE, seasonId, 'update', changes);
      return this.getOrFail(seasonId, em);
    });
  }
}

const pick = ({ welcomeText, published, publishedAt }: SeasonPublication) => ({ welcomeText, published, publishedAt });
