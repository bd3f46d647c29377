import { Resource } from 'react-admin';
import actions from '../actions';
import { guardEdit } from '../../common/access/guardEdit';
import contacts from '../../directory/contacts';
import diagnostics from '../diagnostics';
import interactions from '../interactions';
import objectives from '../objectives';
import partnerships from '../partnerships';
import referentAssignments from '../referent-assignments';
import staffMembers from '../../directory/staff-members';
import laureates from './index';

/**
 * The accompaniment resources, with every view for every role: who may open which (and see which buttons) is
 * authProvider.canAccess's answer (common/access), so a refused address says why instead of "page not found".
 */
export const accompanimentResources = () => [
  <Resource key="laureates" name="laureates" {...guardEdit(laureates)} />,
  <Resource key="actions" name="actions" {...guardEdit(actions)} />,
  <Resource key="interactions" name="interactions" {...guardEdit(interactions)} />,
  <Resource key="partnerships" name="partnerships" {...guardEdit(partnerships)} />,
  <Resource key="contacts" name="contacts" {...guardEdit(contacts)} />,
  <Resource key="objectives" name="objectives" {...guardEdit(objectives)} />,
  <Resource key="diagnostics" name="diagnostics" {...guardEdit(diagnostics)} />,
  <Resource key="referent-assignments" name="referent-assignments" {...referentAssignments} />,
  <Resource key="staff-members" name="staff-members" {...staffMembers} />,
];
