import { CRITERIA, type CallRecord } from '@aic/domain';
import { Box, MenuItem, TextField } from '@mui/material';
import { Link, Loading, Title, useGetList, useLocaleState, useLocation, useNavigate, useTranslate } from 'react-admin';
import { useApiGet } from '../../common/useApiGet';
import { intlLocale } from '../../i18n';
import { selectionApi } from '../common/selectionApi';
import { RankingActions } from './RankingActions';
import { RANKING_VIEWS, type RankingEntry, type RankingView, rankingEntries, type RankingResponse } from './rankingData';

/** The call in evaluation (closed to applications), else the latest one; `?callId=` when given (shareable). */
const defaultCall = (calls: CallRecord[]) => calls.find((c) => c.status === 'closed') ?? calls[0];

/**
 * The ranking of a call's shortlisted applications (issue 15): per panel or combined (the call's panel weights),
 * mean per criterion and overall, submitted / expected evaluations, missing ones and conflicts in view, dispersion,
 * ties flagged; from here the lead selects and promotes.
 */
export const RankingScreen = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const location = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(location.search);
  const view = (RANKING_VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as RankingView) : 'combined';
  const { data: calls = [], isPending } = useGetList<CallRecord>('calls', { sort: { field: 'opensOn', order: 'DESC' }, pagination: { page: 1, perPage: 100 } });
  const call = calls.find((c) => c.id === Number(params.get('callId'))) ?? defaultCall(calls);
  const { data, error, refetch } = useApiGet<RankingResponse>(call ? selectionApi.ranking(call.id) : null);
  const go = (next: { callId?: number; view?: RankingView }) =>
    navigate({ pathname: location.pathname, search: `?${new URLSearchParams({ callId: String(next.callId ?? call?.id ?? ''), view: next.view ?? view })}` }, { replace: true });
  if (isPending) return <Loading />;
  const number = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const show = (value: number | null) => (value === null ? translate('aic.selection.ranking.noValue') : number.format(value));
  const entries: RankingEntry[] = data ? rankingEntries(data, view) : [];
  const viewLabel = translate(view === 'combined' ? 'aic.selection.ranking.combined' : `aic.panels.${view}`);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="aic.selection.ranking.title" />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextField select id="ranking-call" label={translate('aic.selection.ranking.call')} value={call?.id ?? ''} onChange={(e) => go({ callId: Number(e.target.value) })} sx={{ minWidth: '24rem', mb: 2 }}>
          {calls.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.title}
            </MenuItem>
          ))}
        </TextField>
        <TextField select id="ranking-view" label={translate('aic.selection.ranking.view')} value={view} onChange={(e) => go({ view: e.target.value as RankingView })} sx={{ minWidth: '12rem', mb: 2 }}>
          {RANKING_VIEWS.map((v) => (
            <MenuItem key={v} value={v}>
              {translate(v === 'combined' ? 'aic.selection.ranking.combined' : `aic.panels.${v}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {error && <p role="alert">{translate('aic.selection.loadError')}</p>}
      {data && entries.length === 0 && <p>{translate('aic.selection.ranking.empty')}</p>}
      {entries.length > 0 && (
        <Box className="fr-table fr-table--bordered fr-table--sm" sx={{ overflowX: 'auto', '& table': { display: 'table', width: '100%' }, '& th[scope=row]': { minWidth: '12rem' } }}>
          <table>
            <caption>{translate('aic.selection.ranking.caption', { view: viewLabel })}</caption>
            <thead>
              <tr>
                <th scope="col">{translate('aic.selection.ranking.rank')}</th>
                <th scope="col">{translate('resources.applications.fields.projectName')}</th>
                <th scope="col">{translate('resources.applications.fields.status')}</th>
                <th scope="col">{translate('aic.selection.ranking.overall')}</th>
                {CRITERIA.map((c) => (
                  <th key={c} scope="col">
                    {translate(`resources.evaluations.fields.${c}`)}
                  </th>
                ))}
                <th scope="col">{translate('aic.selection.ranking.evaluations')}</th>
                <th scope="col">{translate('aic.selection.ranking.missing')}</th>
                <th scope="col">{translate('aic.selection.ranking.conflicts')}</th>
                <th scope="col">{translate('aic.selection.ranking.stddev')}</th>
                <th scope="col">
                  <span className="fr-sr-only">{translate('aic.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.applicationId}>
                  <td>
                    {entry.mean === null ? translate('aic.selection.ranking.noValue') : entry.rank}
                    {entry.tied && <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1v">{translate('aic.selection.ranking.tie')}</span>}
                  </td>
                  <th scope="row">
                    <Link to={`/applications/${entry.applicationId}/show`}>{entry.projectName}</Link>
                  </th>
                  <td>{translate(`aic.applicationStatuses.${entry.status}`)}</td>
                  <td>
                    <strong>{show(entry.mean)}</strong>
                  </td>
                  {CRITERIA.map((c) => (
                    <td key={c}>{show(entry.criteria[c])}</td>
                  ))}
                  <td>
                    {entry.submitted} / {entry.expected}
                  </td>
                  <td>{entry.missing > 0 ? <span className="fr-badge fr-badge--sm fr-badge--info">{entry.missing}</span> : 0}</td>
                  <td>{entry.conflicts}</td>
                  <td>{show(entry.stddev)}</td>
                  <td>
                    <RankingActions entry={entry} onChange={refetch} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
      )}
    </Box>
  );
};
