import { AUDIT_ACTIONS } from '@aic/domain';
import { type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { AuditEvent } from './audit-event.entity.js';

export const auditEventListSpec: ListSpec<AuditEvent> = {
  resource: 'audit-events',
  alias: 'event',
  sortable: { id: 'event.id', occurredAt: 'event.occurredAt', resource: frenchText('event.resource'), action: 'event.action', actorEmail: frenchText('event.actorEmail') },
  defaultSort: ['occurredAt', 'DESC'],
  // Millions of events at national scale: an exact total scanned them all on every page (240 ms for 3 M, measured).
  totalCap: 10_000,
  filters: {
    resource: { column: 'event.resource', type: 'text' },
    recordId: { column: 'event.recordId', type: 'text' },
    actorId: { column: 'event.actorId', type: 'integer' },
    action: { column: 'event.action', type: 'enum', values: AUDIT_ACTIONS },
    occurredAfter: { column: 'event.occurredAt', type: 'date', operator: '>=' },
    occurredBefore: { column: 'event.occurredAt', type: 'date', operator: '<=' },
  },
};
