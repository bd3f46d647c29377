import { PARTNERSHIP_STATUSES } from '@aic/domain';
import AddIcon from '@mui/icons-material/Add';
import { Box } from '@mui/material';
import { CreateButton, useGetList, useRecordContext } from 'react-admin';
import { useCanWriteLaureate } from '../useCanWriteLaureate';
import { todayIso } from '../useFormatDate';
import { PipelineColumn } from './PipelineColumn';
import { SectionHeading } from './SectionHeading';

/** Public partners as a pipeline: one column per stage, in the programme's order, "dropped" last. */
export const PartnersTab = (_: { label?: false }) => {
  const laureate = useRecordContext();
  const canWrite = useCanWriteLaureate(laureate);
  const { data = [] } = useGetList(
    'partnerships',
    { filter: { laureateId: laureate?.id }, sort: { field: 'since', order: 'DESC' }, pagination: { page: 1, perPage: 1000 } },
    { enabled: laureate != null },
  );
  if (!laureate) return null;
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' }}>
        <SectionHeading title="aic.accompaniment.pipeline.title" />
        {canWrite && (
          <CreateButton
            resource="partnerships"
            state={{ record: { laureateId: laureate.id, status: 'identified', since: todayIso() } }}
            label="aic.accompaniment.pipeline.add"
            icon={<AddIcon />}
          />
        )}
      </Box>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(6, minmax(0, 1fr))' } }}>
        {PARTNERSHIP_STATUSES.map((status) => (
          <PipelineColumn key={status} status={status} partnerships={data.filter((p) => p.status === status)} canWrite={canWrite} />
        ))}
      </Box>
    </>
  );
};
