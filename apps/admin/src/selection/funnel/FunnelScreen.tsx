import { BarChart } from '@mui/x-charts/BarChart';
import { Box, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { SeasonPicker } from '../../funding/funding-overview/SeasonPicker';
import { useSeasonChoice } from '../../funding/funding-overview/useSeasonChoice';
import { useApiGet } from '../../common/useApiGet';
import { RejectedCsvButton } from '../common/RejectedCsvButton';
import { selectionApi } from '../common/selectionApi';
import { FUNNEL_STEPS } from '@aic/domain';
import { type Breakdown, type FunnelResponse, funnelDataset, funnelGroups } from './funnelData';

const BREAKDOWNS: Record<Breakdown, string> = { total: 'total', carrierKind: 'byCarrierKind', track: 'byTrack' };

/**
 * The season's selection funnel (received → eligible → shortlisted → selected), by carrier kind or track: a bar chart
 * and, as its accessible alternative, the same figures in a table.
 */
export const FunnelScreen = () => {
  const translate = useTranslate();
  const { seasons, season, choose, isPending } = useSeasonChoice();
  const [breakdown, setBreakdown] = useState<Breakdown>('carrierKind');
  const { data, error } = useApiGet<FunnelResponse>(season ? selectionApi.funnel(season.id) : null);
  if (isPending) return <Loading />;
  const groupLabel = (group: string) => {
    if (breakdown === 'total') return translate('aic.selection.funnel.total');
    if (group === 'none') return translate('aic.selection.funnel.noKind');
    return translate(breakdown === 'track' ? `aic.tracks.${group}` : `aic.carrierKinds.${group}`);
  };
  const stepLabel = (step: string) => translate(`aic.selection.funnel.steps.${step}`);
  const groups = data ? funnelGroups(data, breakdown) : [];
  const empty = data !== undefined && data.total.received === 0;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="aic.selection.funnel.title" />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <SeasonPicker seasons={seasons} season={season} choose={choose} />
        <TextField select id="funnel-breakdown" label={translate('aic.selection.funnel.by')} value={breakdown} onChange={(e) => setBreakdown(e.target.value as Breakdown)} sx={{ minWidth: '14rem', mb: 2 }}>
          {(Object.keys(BREAKDOWNS) as Breakdown[]).map((b) => (
            <MenuItem key={b} value={b}>
              {translate(`aic.selection.funnel.${BREAKDOWNS[b]}`)}
            </MenuItem>
          ))}
        </TextField>
        {season && <RejectedCsvButton seasonId={season.id} />}
      </Box>
      {error && <p role="alert">{translate('aic.selection.loadError')}</p>}
      {!data ? null : empty ? (
        <p>{translate('aic.selection.funnel.empty')}</p>
      ) : (
        <>
          <Box role="img" aria-label={translate('aic.selection.funnel.chartLabel')} sx={{ maxWidth: '56rem' }}>
            <BarChart
              height={320}
              layout="horizontal"
              dataset={funnelDataset(groups)}
              yAxis={[{ scaleType: 'band', dataKey: 'step', valueFormatter: stepLabel, width: 120 }]}
              xAxis={[{ height: 32, tickMinStep: 1 }]}
              series={groups.map((group) => ({ dataKey: group.key, label: groupLabel(group.key), stack: 'funnel' }))}
              skipAnimation
            />
          </Box>
          <div className="fr-table fr-mt-2w">
            <table>
              <caption>{translate('aic.selection.funnel.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{translate('aic.selection.funnel.step')}</th>
                  {groups.map((group) => (
                    <th key={group.key} scope="col">
                      {groupLabel(group.key)}
                    </th>
                  ))}
                  {groups.length > 1 && <th scope="col">{translate('aic.selection.funnel.total')}</th>}
                </tr>
              </thead>
              <tbody>
                {FUNNEL_STEPS.map((step) => (
                  <tr key={step}>
                    <th scope="row">{stepLabel(step)}</th>
                    {groups.map((group) => (
                      <td key={group.key}>{group.counts[step]}</td>
                    ))}
                    {groups.length > 1 && <td>{data?.total[step]}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Box>
  );
};
