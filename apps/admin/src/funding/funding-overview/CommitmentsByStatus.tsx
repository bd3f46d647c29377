import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import { listPath } from '../../common/listPath';
import type { FundingOverviewData } from './types';

/** Partners' commitments of the season by status, with the next due date of those still open. */
export const CommitmentsByStatus = ({ seasonId, commitments }: { seasonId: number; commitments: FundingOverviewData['commitments'] }) => {
  const translate = useTranslate();
  const format = useFormat();
  if (commitments.length === 0) return <Typography>{translate('aic.funding.noCommitments')}</Typography>;
  return (
    <Table size="small" sx={{ '& caption': { captionSide: 'top', p: 0, pb: 1 } }}>
      <caption className="fr-sr-only">{translate('aic.funding.commitments')}</caption>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{translate('aic.funding.status')}</TableCell>
          <TableCell scope="col" align="right">{translate('aic.funding.count')}</TableCell>
          <TableCell scope="col" align="right">{translate('aic.funding.amount')}</TableCell>
          <TableCell scope="col">{translate('aic.funding.nextDueOn')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {commitments.map((row) => (
          <TableRow key={row.status}>
            <TableCell component="th" scope="row">
              <Link to={listPath('commitments', { seasonId, status: row.status })}>{translate(`aic.commitmentStatuses.${row.status}`)}</Link>
            </TableCell>
            <TableCell align="right">{row.count}</TableCell>
            <TableCell align="right">{format.euros(row.amount)}</TableCell>
            <TableCell>{row.nextDueOn ? format.date(row.nextDueOn) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
