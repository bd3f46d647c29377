import { SaveButton, Toolbar, useRecordContext } from 'react-admin';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { type LaureateTab, laureateTabPath } from './laureateTabs';

/** Save, and a confirmed, pessimistic delete that goes back to the laureate's tab. */
export const LaureateChildToolbar = ({ tab }: { tab: LaureateTab }) => {
  const record = useRecordContext();
  const laureateId = record?.laureateId;
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {laureateId != null && (
        <DeleteRecordButton redirect={() => laureateTabPath(laureateId, tab)} />
      )}
    </Toolbar>
  );
};
