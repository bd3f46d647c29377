import { AgendaItem } from '../agenda-items/agenda-item.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Committee } from '../committees/committee.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { Disbursement } from '../disbursements/disbursement.entity.js';
import { Grant } from '../grants/grant.entity.js';
import { Action } from '../actions/action.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Diagnostic } from '../diagnostics/diagnostic.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Laureate } from '../laureates/laureate.entity.js';
import { Objective } from '../objectives/objective.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { ReferentAssignment } from '../referent-assignments/referent-assignment.entity.js';
import { AuditEvent } from '../audit-events/audit-event.entity.js';
import { LoginAttempt } from '../auth/login-attempt.entity.js';
import { Session } from '../auth/session.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Season } from '../seasons/season.entity.js';
import { User } from '../users/user.entity.js';

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
];
