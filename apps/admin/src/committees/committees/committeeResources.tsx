import type { Role } from '@aic/domain';
import { CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import agendaItems from '../agenda-items';
import commitments from '../commitments';
import { guardEdit } from '../../common/access/guardEdit';
import { EDITOR_ROLES, hasAnyRole } from '../../common/permissions';
import decisions from '../decisions';
import disbursements from '../../funding/disbursements';
import { FundingOverview } from '../../funding/funding-overview';
import grants from '../../funding/grants';
import { PhaseBoard } from '../../programme/phase-board';
import committees, { BriefingPrint, CommitteeRun } from './index';

// react-router's own <Route> (CustomRoutes wants it), without a direct dependency on react-router.
const { Route } = reactRouterProvider;

/** The API's funding overview is for the programme team, not referents. */
export const FUNDING_READER_ROLES: readonly Role[] = ['admin', 'programme_lead', 'acceleration_manager'];

/**
 * Committees, decisions and funding, every view for every role: canAccess (common/access) says who opens which.
 * Programme leads and admins write; acceleration managers read, and edit the briefing notes of their laureates'
 * agenda items; referents read what the API scopes. The committee run and the funding overview stay role routes.
 */
export const committeeResources = (permissions: unknown) => {
  const lead = hasAnyRole(permissions, EDITOR_ROLES);
  return [
    <Resource key="committees" name="committees" {...committees} />,
    <Resource key="agenda-items" name="agenda-items" {...guardEdit(agendaItems)} />,
    <Resource key="decisions" name="decisions" {...decisions} />,
    <Resource key="commitments" name="commitments" {...commitments} />,
    <Resource key="grants" name="grants" {...grants} />,
    <Resource key="disbursements" name="disbursements" {...disbursements} />,
    <CustomRoutes key="committee-routes">
      <Route path="/committees/:id/briefing" element={<BriefingPrint />} />
      {lead && <Route path="/committees/:id/run" element={<CommitteeRun />} />}
      <Route path="/phase-board" element={<PhaseBoard />} />
      {hasAnyRole(permissions, FUNDING_READER_ROLES) && <Route path="/funding" element={<FundingOverview />} />}
    </CustomRoutes>,
  ];
};
