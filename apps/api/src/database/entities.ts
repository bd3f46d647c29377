import { ApplicationImport } from '../selection/application-imports/application-import.entity.js';
import { DsSync } from '../selection/ds-sync/ds-sync.entity.js';
import { AgendaItem } from '../committees/agenda-items/agenda-item.entity.js';
import { Commitment } from '../committees/commitments/commitment.entity.js';
import { Committee } from '../committees/committees/committee.entity.js';
import { Decision } from '../committees/decisions/decision.entity.js';
import { Disbursement } from '../funding/disbursements/disbursement.entity.js';
import { Grant } from '../funding/grants/grant.entity.js';
import { Action } from '../accompaniment/actions/action.entity.js';
import { Contact } from '../directory/contacts/contact.entity.js';
import { Diagnostic } from '../accompaniment/diagnostics/diagnostic.entity.js';
import { Interaction } from '../accompaniment/interactions/interaction.entity.js';
import { Laureate } from '../accompaniment/laureates/laureate.entity.js';
import { Objective } from '../accompaniment/objectives/objective.entity.js';
import { Partnership } from '../accompaniment/partnerships/partnership.entity.js';
import { ReferentAssignment } from '../accompaniment/referent-assignments/referent-assignment.entity.js';
import { AuditEvent } from '../platform/audit-events/audit-event.entity.js';
import { LoginAttempt } from '../platform/auth/login-attempt.entity.js';
import { Session } from '../platform/auth/session.entity.js';
import { Organisation } from '../directory/organisations/organisation.entity.js';
import { Season } from '../programme/seasons/season.entity.js';
import { User } from '../platform/users/user.entity.js';
import { Document } from '../platform/documents/document.entity.js';
import { DocumentVersion } from '../platform/documents/document-version.entity.js';
import { SelfRegistrationDomain } from '../platform/auth/proconnect/self-registration-domain.entity.js';
import { Application } from '../selection/applications/application.entity.js';
import { Call } from '../selection/calls/call.entity.js';
import { Evaluation } from '../selection/evaluations/evaluation.entity.js';
import { EvaluatorAssignment } from '../selection/evaluator-assignments/evaluator-assignment.entity.js';
import { MailMessage } from '../platform/mail/mail-message.entity.js';
import { Indicator } from '../impact/indicators/indicator.entity.js';
import { Measurement } from '../impact/measurements/measurement.entity.js';
import { OutcomeSurvey } from '../impact/outcome-surveys/outcome-survey.entity.js';

export const entities = [
  User,
  Session,
  LoginAttempt,
  AuditEvent,
  Season,
  Organisation,
  Laureate,
  ReferentAssignment,
  Contact,
  Partnership,
  Diagnostic,
  Objective,
  Action,
  Interaction,
  Committee,
  AgendaItem,
  Decision,
  Commitment,
  Grant,
  Disbursement,
  Document,
  DocumentVersion,
  SelfRegistrationDomain,
  Call,
  Application,
  EvaluatorAssignment,
  Evaluation,
  ApplicationImport,
  DsSync,
  MailMessage,
  Indicator,
  Measurement,
  OutcomeSurvey,
];
