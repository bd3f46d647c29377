import { AUDIT_ACTIONS, ORGANISATION_KINDS, ROLES, SEASON_STATUSES } from '@aic/domain';

// Values come from @aic/domain, labels from the message files (`aic.<group>.<value>`).
export const choicesOf = (values: readonly string[], group: string) =>
  values.map((id) => ({ id, name: `aic.${group}.${id}` }));

export const roleChoices = choicesOf(ROLES, 'roles');
export const seasonStatusChoices = choicesOf(SEASON_STATUSES, 'seasonStatuses');
export const organisationKindChoices = choicesOf(ORGANISATION_KINDS, 'organisationKinds');
export const auditActionChoices = choicesOf(AUDIT_ACTIONS, 'auditActions');

/** Resources whose changes land in the audit log. */
export const AUDITED_RESOURCES = ['users', 'seasons', 'organisations'] as const;
