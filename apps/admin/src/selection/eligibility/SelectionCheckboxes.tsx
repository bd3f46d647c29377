import type { ApplicationRecord } from '@aic/domain';
import { useListContext, useRecordContext, useTranslate } from 'react-admin';

// Native checkboxes, each labelled with the application it selects: react-admin's row checkbox puts its label on
// MUI's wrapper, not on the input (axe: "form elements must have labels").

export const SelectRow = () => {
  const record = useRecordContext<ApplicationRecord>();
  const { selectedIds, onToggleItem } = useListContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <input
      type="checkbox"
      style={{ width: '1.25rem', height: '1.25rem' }}
      aria-label={translate('aic.selection.eligibility.selectOf', { name: record.projectName })}
      checked={selectedIds.includes(record.id)}
      onClick={(event) => event.stopPropagation()}
      onChange={() => onToggleItem(record.id)}
    />
  );
};

export const SelectPage = () => {
  const { data = [], selectedIds, onSelect } = useListContext();
  const translate = useTranslate();
  const ids = data.map((r) => r.id);
  const all = ids.length > 0 && ids.every((id) => selectedIds.includes(id));
  return (
    <input
      type="checkbox"
      style={{ width: '1.25rem', height: '1.25rem' }}
      aria-label={translate('aic.selection.eligibility.selectPage')}
      checked={all}
      onChange={() => onSelect(all ? selectedIds.filter((id) => !ids.includes(id)) : [...new Set([...selectedIds, ...ids])])}
    />
  );
};
