import type { ApplicationRecord, EvaluationRecord } from '@aic/domain';
import { useGetList } from 'react-admin';

const ALL = { page: 1, perPage: 500 };

/**
 * The applications assigned to the signed-in evaluator (the API lists no others to them) with their own evaluation
 * of each, in a stable order for "previous / next".
 */
export const useMyApplications = () => {
  const applications = useGetList<ApplicationRecord>('applications', { pagination: ALL, sort: { field: 'projectName', order: 'ASC' } });
  const evaluations = useGetList<EvaluationRecord>('evaluations', { pagination: ALL, sort: { field: 'id', order: 'ASC' } });
  const byApplication = new Map((evaluations.data ?? []).map((e) => [e.applicationId, e]));
  return {
    applications: applications.data ?? [],
    evaluationOf: (applicationId: number) => byApplication.get(applicationId) ?? null,
    isPending: applications.isPending || evaluations.isPending,
    error: applications.error ?? evaluations.error,
    refetch: () => {
      void applications.refetch();
      void evaluations.refetch();
    },
  };
};
