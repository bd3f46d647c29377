import { type RaRecord, useCanAccess } from 'react-admin';

/** Whether the signed-in user may change this contact: canAccess's rule (common/access), as ContactsService's. */
export const useCanWriteContact = (contact?: RaRecord | null): boolean =>
  useCanAccess({ resource: 'contacts', action: 'edit', record: contact ?? undefined, enabled: contact != null }).canAccess === true;
