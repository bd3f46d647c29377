import type { Role } from '@aic/domain';
import { usePermissions } from 'react-admin';
import { hasAnyRole } from '../common/permissions';
import { LAUREATE_LEAD_ROLES } from '../accompaniment/laureates/roles';
import { ManagerHome } from './ManagerHome';
import { ProgrammeHome } from './ProgrammeHome';
import { ReferentHome } from './ReferentHome';
import { isEvaluatorOnly } from '../selection/common/useEvaluatorOnly';
import { ToEvaluate } from '../selection/evaluations/ToEvaluate';

export const Home = () => {
  const { permissions, isPending } = usePermissions<Role[]>();
  if (isPending) return null;
  if (hasAnyRole(permissions, LAUREATE_LEAD_ROLES)) return <ProgrammeHome />;
  if (hasAnyRole(permissions, ['acceleration_manager'])) return <ManagerHome />;
  if (isEvaluatorOnly(permissions)) return <ToEvaluate />;
  return <ReferentHome />;
};
