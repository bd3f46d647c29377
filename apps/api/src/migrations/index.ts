import { CreateSearchExtensions1764000000000 } from './1764000000000-CreateSearchExtensions.js';
import { CreateUsersAndSessions1764000000001 } from './1764000000001-CreateUsersAndSessions.js';
import { CreateAuditEvents1764000000002 } from './1764000000002-CreateAuditEvents.js';
import { CreateSeasons1764000000003 } from './1764000000003-CreateSeasons.js';
import { CreateOrganisations1764000000004 } from './1764000000004-CreateOrganisations.js';

/** In order; listed explicitly because ESM builds cannot be globbed by TypeORM reliably. */
export const migrations = [
  CreateSearchExtensions1764000000000,
  CreateUsersAndSessions1764000000001,
  CreateAuditEvents1764000000002,
  CreateSeasons1764000000003,
  CreateOrganisations1764000000004,
];
