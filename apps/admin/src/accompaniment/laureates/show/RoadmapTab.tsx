import { AXES } from '@aic/domain';
import { Grid } from '@mui/material';
import { useGetList, useRecordContext } from 'react-admin';
import { useCanWriteLaureate } from '../useCanWriteLaureate';
import { AxisSection } from './AxisSection';

const all = { page: 1, perPage: 1000 };

/** The three axes side by side, each with its progress (actions) and its objectives. */
export const RoadmapTab = (_: { label?: false }) => {
  const laureate = useRecordContext();
  const canWrite = useCanWriteLaureate(laureate);
  const enabled = laureate != null;
  const filter = { laureateId: laureate?.id };
  const { data: actions = [], isPending } = useGetList('actions', { filter, pagination: all, sort: { field: 'id', order: 'ASC' } }, { enabled });
  const { data: objectives = [], isPending: objectivesPending } = useGetList(
    'objectives',
    { filter, pagination: all, sort: { field: 'targetDate', order: 'ASC' } },
    { enabled },
  );
  // Nothing rather than a misleading "0 / 0" while loading.
  if (!laureate || isPending || objectivesPending) return null;
  return (
    <Grid container spacing={2}>
      {AXES.map((axis) => (
        <Grid key={axis} size={{ xs: 12, md: 4 }}>
          <AxisSection
            axis={axis}
            laureateId={laureate.id}
            actions={actions.filter((a) => a.axis === axis)}
            objectives={objectives.filter((o) => o.axis === axis)}
            canWrite={canWrite}
          />
        </Grid>
      ))}
    </Grid>
  );
};
