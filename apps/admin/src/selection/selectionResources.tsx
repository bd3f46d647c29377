import { CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { lazyView } from '../common/lazyView';
import { EDITOR_ROLES, hasAnyRole } from '../common/permissions';
import applications from './applications';
import calls from './calls';
import evaluatorAssignments from './evaluator-assignments';

const { Route } = reactRouterProvider;

const EligibilityScreen = lazyView(() => import('./eligibility/EligibilityScreen'), 'EligibilityScreen');
const RankingScreen = lazyView(() => import('./ranking/RankingScreen'), 'RankingScreen');
const FunnelScreen = lazyView(() => import('./funnel/FunnelScreen'), 'FunnelScreen');
const ToEvaluate = lazyView(() => import('./evaluations/ToEvaluate'), 'ToEvaluate');
const ScoringPage = lazyView(() => import('./evaluations/ScoringPage'), 'ScoringPage');

/**
 * The selection (issue 15): calls, applications and evaluator assignments for the programme team, the eligibility,
 * ranking and funnel screens for them, the scoring screens for evaluators. canAccess (common/access) decides the rest.
 */
export const selectionResources = (permissions: unknown) => {
  const lead = hasAnyRole(permissions, EDITOR_ROLES);
  return [
    <Resource key="calls" name="calls" {...calls} />,
    <Resource key="applications" name="applications" {...applications} />,
    <Resource key="evaluator-assignments" name="evaluator-assignments" {...evaluatorAssignments} />,
    <Resource key="evaluations" name="evaluations" />,
    <CustomRoutes key="selection-routes">
      {lead && <Route path="/eligibility" element={<EligibilityScreen />} />}
      {lead && <Route path="/ranking" element={<RankingScreen />} />}
      {lead && <Route path="/selection-funnel" element={<FunnelScreen />} />}
      {hasAnyRole(permissions, ['evaluator']) && <Route path="/to-evaluate" element={<ToEvaluate />} />}
      {hasAnyRole(permissions, ['evaluator']) && <Route path="/to-evaluate/:id" element={<ScoringPage />} />}
    </CustomRoutes>,
  ];
};
