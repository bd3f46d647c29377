import { ReferenceManyField, useRecordContext } from 'react-admin';
import { ListPagination } from '../../../common/ListPagination';
import { useCanWriteLaureate } from '../useCanWriteLaureate';
import { InteractionQuickCreate } from './InteractionQuickCreate';
import { InteractionTimeline } from './InteractionTimeline';
import { SectionHeading } from './SectionHeading';

export const JournalTab = (_: { label?: false }) => {
  const laureate = useRecordContext();
  const canWrite = useCanWriteLaureate(laureate);
  if (!laureate) return null;
  return (
    <>
      {canWrite && <InteractionQuickCreate laureateId={laureate.id} />}
      <SectionHeading title="aic.accompaniment.journal.title" />
      <ReferenceManyField
        reference="interactions"
        target="laureateId"
        sort={{ field: 'occurredAt', order: 'DESC' }}
        perPage={25}
        pagination={<ListPagination rowsPerPageOptions={[25]} />}
      >
        <InteractionTimeline canWrite={canWrite} />
      </ReferenceManyField>
    </>
  );
};
