import { AuditEvent } from '../audit-events/audit-event.entity.js';
import { LoginAttempt } from '../auth/login-attempt.entity.js';
import { Session } from '../auth/session.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Season } from '../seasons/season.entity.js';
import { User } from '../users/user.entity.js';

export const entities = [User, Session, LoginAttempt, AuditEvent, Season, Organisation];
