import { MAIL_KINDS, MAIL_STATUSES } from '@aic/domain';
import { AUDIT_ACTIONS, ORGANISATION_KINDS, PUBLIC_ADMINISTRATION_KINDS, ROLES, SEASON_STATUSES } from '@aic/domain';
import { AUTONOMY_LEVELS, INDICATOR_DIRECTIONS, OUTCOME_SURVEY_STATUSES } from '@aic/domain';
import {
  ACTION_STATUSES, AXES, HEALTHS, INTERACTION_KINDS, LAUREATE_PHASES, OBJECTIVE_STATUSES, PARTNERSHIP_PURPOSES,
  PARTNERSHIP_STATUSES, REFERENT_KINDS, SUPPORT_TYPES, TRACKS,
} from '@aic/domain';
import { DOCUMENT_KINDS } from '@aic/domain';
import {
  COMMITMENT_KINDS, COMMITMENT_STATUSES, COMMITTEE_KINDS, COMMITTEE_STATUSES, DECISION_OUTCOMES, GRANT_PURPOSES, GRANT_STATUSES,
} from '@aic/domain';
import { APPLICATION_STATUSES, CALL_STATUSES, CARRIER_KINDS, EVALUATION_STATUSES, PANELS } from '@aic/domain';

// Values come from @aic/domain, labels from the message files (`aic.<group>.<value>`).
export const choicesOf = (values: readonly string[], group: string) =>
  values.map((id) => ({ id, name: `aic.${group}.${id}` }));
export type Choice = ReturnType<typeof choicesOf>[number];

export const roleChoices = choicesOf(ROLES, 'roles');
export const seasonStatusChoices = choicesOf(SEASON_STATUSES, 'seasonStatuses');
export const organisationKindChoices = choicesOf(ORGANISATION_KINDS, 'organisationKinds');
export const administrationKindChoices = choicesOf(PUBLIC_ADMINISTRATION_KINDS, 'organisationKinds');
export const auditActionChoices = choicesOf(AUDIT_ACTIONS, 'auditActions');
export const mailKindChoices = choicesOf(MAIL_KINDS, 'mailKinds');
export const mailStatusChoices = choicesOf(MAIL_STATUSES, 'mailStatuses');
// Accompaniment (laureates and what hangs off them).
export const trackChoices = choicesOf(TRACKS, 'tracks');
export const laureatePhaseChoices = choicesOf(LAUREATE_PHASES, 'laureatePhases');
export const healthChoices = choicesOf(HEALTHS, 'healths');
export const axisChoices = choicesOf(AXES, 'axes');
export const referentKindChoices = choicesOf(REFERENT_KINDS, 'referentKinds');
export const partnershipPurposeChoices = choicesOf(PARTNERSHIP_PURPOSES, 'partnershipPurposes');
export const partnershipStatusChoices = choicesOf(PARTNERSHIP_STATUSES, 'partnershipStatuses');
export const objectiveStatusChoices = choicesOf(OBJECTIVE_STATUSES, 'objectiveStatuses');
export const supportTypeChoices = choicesOf(SUPPORT_TYPES, 'supportTypes');
export const actionStatusChoices = choicesOf(ACTION_STATUSES, 'actionStatuses');
export const interactionKindChoices = choicesOf(INTERACTION_KINDS, 'interactionKinds');

// Committees, decisions and funding.
export const committeeKindChoices = choicesOf(COMMITTEE_KINDS, 'committeeKinds');
export const committeeStatusChoices = choicesOf(COMMITTEE_STATUSES, 'committeeStatuses');
export const decisionOutcomeChoices = choicesOf(DECISION_OUTCOMES, 'decisionOutcomes');
export const commitmentKindChoices = choicesOf(COMMITMENT_KINDS, 'commitmentKinds');
export const commitmentStatusChoices = choicesOf(COMMITMENT_STATUSES, 'commitmentStatuses');
export const grantPurposeChoices = choicesOf(GRANT_PURPOSES, 'grantPurposes');
export const grantStatusChoices = choicesOf(GRANT_STATUSES, 'grantStatuses');

/** Resources whose changes land in the audit log. */
export const AUDITED_RESOURCES = ['users', 'seasons', 'organisations'] as const;
export const documentKindChoices = choicesOf(DOCUMENT_KINDS, 'documentKinds');

// Selection (calls, applications, evaluations).
export const callStatusChoices = choicesOf(CALL_STATUSES, 'callStatuses');
export const applicationStatusChoices = choicesOf(APPLICATION_STATUSES, 'applicationStatuses');
export const carrierKindChoices = choicesOf(CARRIER_KINDS, 'carrierKinds');
export const panelChoices = choicesOf(PANELS, 'panels');
export const evaluationStatusChoices = choicesOf(EVALUATION_STATUSES, 'evaluationStatuses');

// Impact.
export const indicatorDirectionChoices = choicesOf(INDICATOR_DIRECTIONS, 'indicatorDirections');
export const autonomyLevelChoices = choicesOf(AUTONOMY_LEVELS, 'autonomyLevels');
export const outcomeSurveyStatusChoices = choicesOf(OUTCOME_SURVEY_STATUSES, 'outcomeSurveyStatuses');
