import { BadRequestException, ConflictException, type HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

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
  // "Key (laureate_id, lower(name))=(…)" → ['laureateId', 'name']
  const keyColumns = pg.detail?.match(/^Key \((.+?)\)=/)?.[1].split(/,\s*/).map((c) => camel(c.replace(/^lower\((.+)\)$/, '$1')));
  const fields = keyColumns ?? (pg.column ? [camel(pg.column)] : []);
  const field = fields.length > 0 ? fields.join(', ') : undefined;
  const fieldErrors = (message: string) => (fields.length > 0 ? Object.fromEntries(fields.map((f) => [f, message])) : undefined);
  switch (pg.code) {
    case '23505': {
      const message = field ? `Cette valeur de « ${field} » existe déjà` : 'Cet enregistrement existe déjà';
      if (fields.length > 1) return new ConflictException({ message: `Cette combinaison (${field}) existe déjà`, errors: fieldErrors('Combinaison déjà utilisée') });
      return new ConflictException({ message, errors: fieldErrors('Valeur déjà utilisée') });
    }
    case '23001':
    case '23503': {
      if (pg.detail && /is (still )?referenced/.test(pg.detail)) {
        const table = pg.detail.match(/from table "([a-z_]+)"/)?.[1] ?? 'un autre enregistrement';
        return new ConflictException({ message: `Suppression impossible : encore utilisé par ${table}`, referencedBy: table });
      }
      const message = field ? `« ${field} » désigne un enregistrement qui n'existe pas` : 'Référence vers un enregistrement inexistant';
      return new ConflictException({ message, errors: fieldErrors('Enregistrement introuvable') });
    }
    case '23502':
      return new BadRequestException({ message: 'Champ obligatoire manquant', errors: fieldErrors('Champ obligatoire') });
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
      return new BadRequestException({ message: 'Valeur refusée par la base de données', constraint: pg.constraint });
    default:
      return null;
  }
}
