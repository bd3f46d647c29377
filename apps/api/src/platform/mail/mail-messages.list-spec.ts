import { MAIL_KINDS, MAIL_STATUSES } from '@aic/domain';
import { type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { MailMessage } from './mail-message.entity.js';

export const mailMessageListSpec: ListSpec<MailMessage> = {
  resource: 'mail-messages',
  alias: 'm',
  sortable: { id: 'm.id', createdAt: 'm.createdAt', sentAt: 'm.sentAt', recipient: frenchText('m.recipient'), subject: frenchText('m.subject'), status: 'm.status', kind: 'm.kind' },
  defaultSort: ['createdAt', 'DESC'],
  totalCap: 10_000,
  filters: {
    kind: { column: 'm.kind', type: 'enum', values: MAIL_KINDS },
    status: { column: 'm.status', type: 'enum', values: MAIL_STATUSES },
    userId: { column: 'm.userId', type: 'integer' },
    recipient: { column: 'm.recipient', type: 'text' },
  },
  search: "f_unaccent(lower(m.recipient || ' ' || m.subject))",
};
