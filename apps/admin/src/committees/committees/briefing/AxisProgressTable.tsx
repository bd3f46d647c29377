import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BriefingItem } from '@aic/domain';

/** "3 sur 5" in words, with a bar that only repeats it (hidden from assistive technologies). */
const Ratio = ({ done, total }: { done: number; total: number }) => {
  const translate = useTranslate();
  const share = total > 0 ? done / total : 0;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box component="span" sx={{ minWidth: '4.5rem' }}>
        {translate('aic.briefing.ratio', { done, total })}
      </Box>
      <Box aria-hidden sx={{ flex: 1, maxWidth: 96, height: 8, bgcolor: 'grey.200', borderRadius: 1 }}>
        <Box sx={{ width: `${share * 100}%`, height: '100%', bgcolor: 'primary.main', borderRadius: 1 }} />
      </Box>
    </Box>
  );
};

/** Roadmap progress per axis: actions done and objectives achieved. */
export const AxisProgressTable = ({ progress }: { progress: BriefingItem['progress'] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ mb: 2, '& caption': { captionSide: 'top', p: 0, pb: '0.25rem', typography: 'h6', color: 'text.primary' } }}>
      <caption>{translate('aic.briefing.roadmap')}</caption>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{translate('aic.briefing.axis')}</TableCell>
          <TableCell scope="col">{translate('aic.briefing.actions')}</TableCell>
          <TableCell scope="col">{translate('aic.briefing.objectives')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {progress.map((p) => (
          <TableRow key={p.axis}>
            <TableCell component="th" scope="row">
              {translate(`aic.axes.${p.axis}`, { _: p.axis })}
            </TableCell>
            <TableCell>
              <Ratio done={p.actionsDone} total={p.actionsTotal} />
            </TableCell>
            <TableCell>
              <Ratio done={p.objectivesAchieved} total={p.objectivesTotal} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
