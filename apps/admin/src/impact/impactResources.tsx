import type { Role } from '@aic/domain';
import { CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { guardEdit } from '../common/access/guardEdit';
import { hasAnyRole } from '../common/permissions';
import { lazyView } from '../common/lazyView';
import indicators from './indicators';
import measurements from './measurements';
import outcomeSurveys from './outcome-surveys';

const { Route } = reactRouterProvider;
const ProgrammeDashboard = lazyView(() => import('./dashboard/ProgrammeDashboard'), 'ProgrammeDashboard');
const SeasonComparison = lazyView(() => import('./dashboard/SeasonComparison'), 'SeasonComparison');
const ManagerDashboard = lazyView(() => import('./dashboard/ManagerDashboard'), 'ManagerDashboard');
const CalendarFeedPage = lazyView(() => import('./calendar/CalendarFeedPage'), 'CalendarFeedPage');

/** The API's dashboards show every laureate of a season: for the programme team, not referents. */
export const DASHBOARD_ROLES: readonly Role[] = ['admin', 'programme_lead', 'acceleration_manager'];

/** Impact: indicators and their measurements, outcome surveys, and the dashboards (issue 16). */
export const impactResources = (permissions: unknown) => [
  <Resource key="indicators" name="indicators" {...guardEdit(indicators)} />,
  <Resource key="measurements" name="measurements" {...guardEdit(measurements)} />,
  <Resource key="outcome-surveys" name="outcome-surveys" {...guardEdit(outcomeSurveys)} />,
  <CustomRoutes key="impact-routes">
    {hasAnyRole(permissions, DASHBOARD_ROLES) && <Route path="/impact" element={<ProgrammeDashboard />} />}
    {hasAnyRole(permissions, DASHBOARD_ROLES) && <Route path="/impact/comparison" element={<SeasonComparison />} />}
    {hasAnyRole(permissions, DASHBOARD_ROLES) && <Route path="/impact/mine" element={<ManagerDashboard />} />}
    <Route path="/calendar-feed" element={<CalendarFeedPage />} />
  </CustomRoutes>,
];
