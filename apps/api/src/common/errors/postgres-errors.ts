import { BadRequestException, ConflictException, type HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { type Bilingual, bilingual } from './bilingual.js';
import { referencingRecords, referencingResource } from './referencing-records.js';
import { REQUIRED } from './validation-errors.js';

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

interface PgError {
  code?: string;
  detail?: string;
  constraint?: string;
  column?: string;
}

/** Maps PostgreSQL integrity errors caused by the client's data to 4xx; null for anything else. */
export function httpErrorFromPostgres(error: unknown): HttpException | null {
  if (!(error instanceof QueryFailedError)) return null;
  const pg = error.driverError as PgError;
  // "Key (season_id, aic_name_key(name))=(…)" → ['seasonId', 'name']: a normalised key names its column
  const keyColumns = pg.detail?.match(/^Key \((.+?)\)=/)?.[1].split(/,\s*/).map((c) => camel(c.replace(/^(?:lower|aic_name_key)\((.+)\)$/, '$1')));
  const fields = keyColumns ?? (pg.column ? [camel(pg.column)] : []);
  const field = fields.length > 0 ? fields.join(', ') : undefined;
  const fieldErrors = (message: Bilingual) => (fields.length > 0 ? Object.fromEntries(fields.map((f) => [f, message])) : undefined);
  switch (pg.code) {
    case '23505': {
      if (fields.length > 1) {
        const message = bilingual(`Cette combinaison (${field}) existe déjà`, `This combination (${field}) already exists`);
        return new ConflictException({ message, errors: fieldErrors(bilingual('Combinaison déjà utilisée', 'Combination already in use')) });
      }
      const message = field
        ? bilingual(`Cette valeur de « ${field} » existe déjà`, `This value of “${field}” already exists`)
        : bilingual('Cet enregistrement existe déjà', 'This record already exists');
      return new ConflictException({ message, errors: fieldErrors(bilingual('Valeur déjà utilisée', 'Value already in use')) });
    }
    case '23001':
    case '23503': {
      if (pg.detail && /is (still )?referenced/.test(pg.detail)) {
        const table = pg.detail.match(/from table "([a-z_]+)"/)?.[1];
        const records = referencingRecords(table);
        const message = bilingual(`Suppression impossible : encore utilisé par ${records.fr}`, `Cannot delete: still used by ${records.en}`);
        return new ConflictException({ message, referencedBy: referencingResource(table) });
      }
      const message = field
        ? bilingual(`« ${field} » désigne un enregistrement qui n'existe pas`, `“${field}” refers to a record that does not exist`)
        : bilingual('Référence vers un enregistrement inexistant', 'Reference to a record that does not exist');
      return new ConflictException({ message, errors: fieldErrors(bilingual('Enregistrement introuvable', 'Record not found')) });
    }
    case '23502':
      return new BadRequestException({ message: bilingual('Champ obligatoire manquant', 'Required field missing'), errors: fieldErrors(REQUIRED) });
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
      return new BadRequestException({ message: bilingual('Valeur refusée par la base de données', 'Value rejected by the database'), constraint: pg.constraint });
    default:
      return null;
  }
}
