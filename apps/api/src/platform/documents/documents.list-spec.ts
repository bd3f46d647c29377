import { DOCUMENT_KINDS } from '@aic/domain';
import { frenchText, type ListSpec } from '../../common/list/list-spec.js';
import type { Document } from './document.entity.js';

export const documentListSpec: ListSpec<Document> = {
  resource: 'documents',
  alias: 'document',
  sortable: { id: 'document.id', title: frenchText('document.title'), kind: 'document.kind', uploadedAt: 'document.uploadedAt', size: 'document.size' },
  defaultSort: ['uploadedAt', 'DESC'],
  filters: {
    laureateId: { column: 'document.laureateId', type: 'integer' },
    grantId: { column: 'document.grantId', type: 'integer' },
    disbursementId: { column: 'document.disbursementId', type: 'integer' },
    committeeId: { column: 'document.committeeId', type: 'integer' },
    kind: { column: 'document.kind', type: 'enum', values: DOCUMENT_KINDS },
  },
};
