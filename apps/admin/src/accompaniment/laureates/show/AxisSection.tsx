import type { Axis } from '@aic/domain';
import { Box, Typography } from '@mui/material';
import { CreateButton, type Identifier, type RaRecord, useTranslate } from 'react-admin';
import { AxisProgress } from './AxisProgress';
import { ObjectiveItem } from './ObjectiveItem';
import { SectionHeading } from './SectionHeading';

interface Props {
  axis: Axis;
  laureateId: Identifier;
  actions: RaRecord[];
  objectives: RaRecord[];
  canWrite: boolean;
}

export const AxisSection = ({ axis, laureateId, actions, objectives, canWrite }: Props) => {
  const translate = useTranslate();
  const axisLabel = translate(`aic.axes.${axis}`);
  const counted = actions.filter((a) => a.status !== 'cancelled');
  const headingId = `axis-${axis}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ p: 2, height: '100%', border: '1px solid var(--border-default-grey)' }}>
      <SectionHeading id={headingId} title={`aic.axes.${axis}`} />
      <AxisProgress axisLabel={axisLabel} done={counted.filter((a) => a.status === 'done').length} total={counted.length} />
      {objectives.length === 0 ? (
        <Typography variant="body2">{translate('aic.accompaniment.roadmap.noObjective')}</Typography>
      ) : (
        <Box component="ul" className="fr-raw-list">
          {objectives.map((objective) => (
            <ObjectiveItem key={objective.id} objective={objective} canWrite={canWrite} />
          ))}
        </Box>
      )}
      {canWrite && (
        <CreateButton
          resource="objectives"
          state={{ record: { laureateId, axis } }}
          label="aic.accompaniment.roadmap.addObjective"
          aria-label={`${translate('aic.accompaniment.roadmap.addObjective')} (${axisLabel})`}
        />
      )}
    </Box>
  );
};
