import { Resource } from 'react-admin';
import actions from '../actions';
import { hasAnyRole, readOnly } from '../../common/permissions';
import contacts from '../../directory/contacts';
import diagnostics from '../diagnostics';
import interactions from '../interactions';
import objectives from '../objectives';
import partnerships from '../partnerships';
import referentAssignments from '../referent-assignments';
import staffMembers from '../../directory/staff-members';
import laureates from './index';
import { LAUREATE_LEAD_ROLES } from './roles';

const withoutCreate = <T extends { create?: unknown }>({ create: _c, ...rest }: T) => rest;

/**
 * The accompaniment resources for a role, mirroring the API: programme leads and admins write everything;
 * acceleration managers write what hangs off their laureates (buttons check which) but add no laureate;
 * referents read the laureates they are assigned to, and nothing else changes for them.
 */
export const accompanimentResources = (permissions: unknown) => {
  const lead = hasAnyRole(permissions, LAUREATE_LEAD_ROLES);
  const writer = lead || hasAnyRole(permissions, ['acceleration_manager']);
  const forWriters = <T extends { create?: unknown; edit?: unknown }>(resource: T) => (writer ? resource : readOnly(resource));
  return [
    <Resource key="laureates" name="laureates" {...(lead ? laureates : writer ? withoutCreate(laureates) : readOnly(laureates))} />,
    <Resource key="actions" name="actions" {...forWriters(actions)} />,
    <Resource key="interactions" name="interactions" {...forWriters(interactions)} />,
    <Resource key="partnerships" name="partnerships" {...forWriters(partnerships)} />,
    <Resource key="contacts" name="contacts" {...forWriters(contacts)} />,
    <Resource key="objectives" name="objectives" {...forWriters(objectives)} />,
    <Resource key="diagnostics" name="diagnostics" {...forWriters(diagnostics)} />,
    <Resource
      key="referent-assignments"
      name="referent-assignments"
      {...(lead ? referentAssignments : readOnly(referentAssignments))}
    />,
    <Resource key="staff-members" name="staff-members" {...staffMembers} />,
  ];
};
