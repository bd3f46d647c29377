import { type Identifier, type RaRecord, useCanAccess } from 'react-admin';

/** Whether the signed-in user may change this laureate and what hangs off it: canAccess's rule (common/access). */
export const useCanWriteLaureate = (laureate?: RaRecord | null): boolean =>
  useCanAccess({ resource: 'laureates', action: 'edit', record: laureate ?? undefined, enabled: laureate != null }).canAccess === true;

/** The same from a laureate id (canAccess looks its manager up once for the rows of a page). */
export const useCanWriteLaureateId = (laureateId?: Identifier | null): boolean =>
  useCanAccess({
    resource: 'laureates',
    action: 'edit',
    record: laureateId != null ? { id: laureateId } : undefined,
    enabled: laureateId != null,
  }).canAccess === true;
