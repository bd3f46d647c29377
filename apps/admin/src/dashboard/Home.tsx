import type { Role } from '@aic/domain';
import { usePermissions } from 'react-admin';
import { hasAnyRole } from '../common/permissions';
import { LAUREATE_LEAD_ROLES } from '../accompaniment/laureates/roles';
import { ManagerHome } from './ManagerHome';
import { ProgrammeHome } from './ProgrammeHome';
import { ReferentHome } from './ReferentHome';

export const Home = () => {
  const { permissions, isPending } = usePermissions<Role[]>();
  if (isPending) return null;
  if (hasAnyRole(permissions, LAUREATE_LEAD_ROLES)) return <ProgrammeHome />;
  if (hasAnyRole(permissions, ['acceleration_manager'])) return <ManagerHome />;
  return <ReferentHome />;
};
