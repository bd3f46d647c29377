import { Grid } from '@mui/material';
import { Title, useGetIdentity } from 'react-admin';
import { todayIso } from '../accompaniment/laureates/useFormatDate';
import { ActionsPanel } from './ActionsPanel';
import { MyLaureates } from './MyLaureates';
import { AlertsPanel } from '../impact/alerts/AlertsPanel';

/** "Mes lauréats": what an acceleration manager has to look after today. */
export const ManagerHome = () => {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  const me = identity.id;
  return (
    <>
      <Title title="aic.home.managerTitle" />
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <MyLaureates managerId={me} />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <AlertsPanel />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ActionsPanel title="aic.home.overdueActions" empty="aic.home.overdueEmpty" filter={{ managerId: me, overdue: true }} />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ActionsPanel
            title="aic.home.nextActions"
            empty="aic.home.nextActionsEmpty"
            filter={{ managerId: me, status: ['planned', 'in_progress'], dueAfter: todayIso() }}
          />
        </Grid>
      </Grid>
    </>
  );
};
