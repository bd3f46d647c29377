import type { Role } from '@aic/domain';
import { usePermissions } from 'react-admin';

/** True for an account that only evaluates (jury, citizens' panel): it sees the selection's scoring screens only. */
export const isEvaluatorOnly = (permissions: unknown): boolean =>
  Array.isArray(permissions) && permissions.length > 0 && permissions.every((role: Role) => role === 'evaluator');

export const useEvaluatorOnly = (): boolean => isEvaluatorOnly(usePermissions<Role[]>().permissions);
