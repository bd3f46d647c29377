import { frenchText, type ListSpec } from '../../common/list/list-spec.js';
import { type ApplicationImport, IMPORT_STATUSES } from './application-import.entity.js';

export const applicationImportListSpec: ListSpec<ApplicationImport> = {
  resource: 'application-imports',
  alias: 'import',
  sortable: { id: 'import.id', createdAt: 'import.createdAt', status: 'import.status', fileName: frenchText('import.fileName') },
  defaultSort: ['id', 'DESC'],
  filters: {
    callId: { column: 'import.callId', type: 'integer' },
    status: { column: 'import.status', type: 'enum', values: IMPORT_STATUSES },
  },
};
