import type { ComponentType } from 'react';
import { Loading, useCanAccess, useGetOne, useParams, useResourceContext } from 'react-admin';
import { AccessDenied } from './AccessDenied';
import { LAUREATE_BOUND } from './accessRules';

/** Why an edit is refused, per resource: the API's own wording. */
const reasonFor = (resource: string) => {
  if (resource === 'laureates' || LAUREATE_BOUND.has(resource)) return 'aic.access.laureateManagerOnly';
  return resource === 'contacts' ? 'aic.access.contactOfAnotherTeam' : 'aic.access.page';
};

/**
 * An edit view that opens only when the record may be written: react-admin checks the edit route for the resource,
 * this checks the record itself, before any form is shown (not a 403 after typing everything).
 */
const GuardedEdit = ({ Edit }: { Edit: ComponentType }) => {
  const resource = useResourceContext() ?? '';
  const { id } = useParams<{ id: string }>();
  const { data: record } = useGetOne(resource, { id: id ?? '' }, { enabled: id != null });
  const { canAccess, isPending } = useCanAccess({ resource, action: 'edit', record, enabled: record != null });
  if (record == null || isPending) return <Loading />;
  if (!canAccess) {
    const laureateId = resource === 'laureates' ? record.id : record.laureateId;
    const back = laureateId != null ? { to: `/laureates/${laureateId}/show`, label: 'aic.access.backToLaureate' } : undefined;
    return <AccessDenied reason={reasonFor(resource)} back={back} />;
  }
  return <Edit />;
};

/** The same resource definition with its edit view guarded record by record. */
export const guardEdit = <T extends { edit?: ComponentType }>(definition: T): T =>
  definition.edit ? { ...definition, edit: () => <GuardedEdit Edit={definition.edit!} /> } : definition;
