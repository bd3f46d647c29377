import type { Role } from '@aic/domain';
import { CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import agendaItems from '../agenda-items';
import commitments from '../commitments';
import { EDITOR_ROLES, hasAnyRole, readOnly } from '../../common/permissions';
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
 * Committees, decisions and funding for a role, mirroring the API: programme leads and admins write; acceleration
 * managers read, and edit the briefing notes of their laureates' agenda items; referents read what the API scopes.
 */
export const committeeResources = (permissions: unknown) => {
  const lead = hasAnyRole(permissions, EDITOR_ROLES);
  const manager = hasAnyRole(permissions, ['acceleration_manager']);
  const forLeads = <T extends { create?: unknown; edit?: unknown }>(resource: T) => (lead ? resource : readOnly(resource));
  const agenda = lead ? agendaItems : manager ? { edit: agendaItems.edit } : {};
  return [
    <Resource key="committees" name="committees" {...forLeads(committees)} />,
    <Resource key="agenda-items" name="agenda-items" {...agenda} />,
    <Resource key="decisions" name="decisions" {...forLeads(decisions)} />,
    <Resource key="commitments" name="commitments" {...forLeads(commitments)} />,
    <Resource key="grants" name="grants" {...forLeads(grants)} />,
    <Resource key="disbursements" name="disbursements" {...forLeads(disbursements)} />,
    <CustomRoutes key="committee-routes">
      <Route path="/committees/:id/briefing" element={<BriefingPrint />} />
      {lead && <Route path="/committees/:id/run" element={<CommitteeRun />} />}
      <Route path="/phase-board" element={<PhaseBoard />} />
      {hasAnyRole(permissions, FUNDING_READER_ROLES) && <Route path="/funding" element={<FundingOverview />} />}
    </CustomRoutes>,
  ];
};
