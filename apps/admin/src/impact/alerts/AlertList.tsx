import type { AlertRecord } from '@aic/domain';
import { Box, Chip, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Link, useGetIdentity, useTranslate } from 'react-admin';

/** Where an alert is acted on. */
export const alertPath = (alert: AlertRecord): string => {
  if (alert.kind === 'outcome_survey_to_fill' && alert.resource === 'laureates') {
    return `/outcome-surveys/create?source=${encodeURIComponent(JSON.stringify({ laureateId: alert.laureateId }))}`;
  }
  return `/${alert.resource}/${alert.recordId}/show`;
};

const detail = (alert: AlertRecord, translate: (key: string, options?: object) => string) => {
  if (alert.days === null) return '';
  if (alert.kind === 'quiet_laureate') return translate('aic.alerts.quietDays', { smart_count: alert.days });
  if (alert.kind === 'overdue_action' || alert.kind === 'commitment_past_due' || alert.kind === 'grant_report_missing') return translate('aic.alerts.lateDays', { smart_count: alert.days });
  return alert.days >= 0 ? translate('aic.alerts.sinceDays', { smart_count: alert.days }) : '';
};

/** Alerts as a list of links: what, for which laureate, how late; after a kind's last one, how many more there are. */
export const AlertList = ({ alerts, empty }: { alerts: AlertRecord[]; empty: string }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (alerts.length === 0) return <Typography variant="body2">{translate(empty)}</Typography>;
  const shown = (kind: AlertRecord['kind']) => alerts.filter((a) => a.kind === kind).length;
  return (
    <Box component="ul" sx={{ pl: 0, m: 0, listStyle: 'none' }}>
      {alerts.map((alert, i) => (
        <Fragment key={`${alert.kind}-${alert.recordId}-${alert.laureateId}`}>
          <Box component="li" sx={{ py: 0.5 }} data-alert={alert.kind}>
            <Chip size="small" label={translate(`aic.alertKinds.${alert.kind}`)} sx={{ mr: 1 }} />
            <Link to={alertPath(alert)}>
              {alert.laureateName}
              {alert.title ? ` — ${alert.title}` : ''}
            </Link>
            <Typography component="span" variant="body2">
              {' '}
              {detail(alert, translate)}
            </Typography>
          </Box>
          {alerts[i + 1]?.kind !== alert.kind && alert.kindTotal > shown(alert.kind) && (
            <Box component="li" sx={{ py: 0.5 }} data-alert-more={alert.kind}>
              <Typography component="span" variant="body2">
                {translate('aic.alerts.more', { smart_count: alert.kindTotal - shown(alert.kind) })}
              </Typography>
              {alert.kind === 'overdue_action' && identity && (
                <>
                  {' — '}
                  <Link to={`/actions?filter=${encodeURIComponent(JSON.stringify({ managerId: identity.id, overdue: true }))}`}>{translate('aic.alerts.seeOverdue')}</Link>
                </>
              )}
            </Box>
          )}
        </Fragment>
      ))}
    </Box>
  );
};
