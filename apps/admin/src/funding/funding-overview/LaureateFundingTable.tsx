import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import { listPath } from '../../common/listPath';
import type { FundingOverviewData } from './types';

/** Granted and paid per laureate of the season, each linking to the laureate's grants. */
export const LaureateFundingTable = ({ laureates }: { laureates: FundingOverviewData['laureates'] }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <Table size="small" sx={{ mb: 3, '& caption': { captionSide: 'top', p: 0, pb: 1 } }}>
      <caption className="fr-sr-only">{translate('aic.funding.laureates')}</caption>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{translate('aic.funding.laureate')}</TableCell>
          <TableCell scope="col" align="right">{translate('aic.funding.granted')}</TableCell>
          <TableCell scope="col" align="right">{translate('aic.funding.paid')}</TableCell>
          <TableCell scope="col" align="right">{translate('aic.funding.grants')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {laureates.map((laureate) => (
          <TableRow key={laureate.laureateId}>
            <TableCell component="th" scope="row">
              {laureate.name}
            </TableCell>
            <TableCell align="right">{format.euros(laureate.granted)}</TableCell>
            <TableCell align="right">{format.euros(laureate.paid)}</TableCell>
            <TableCell align="right">
              {laureate.grants > 0 ? (
                <Link
                  to={listPath('grants', { laureateId: laureate.laureateId })}
                  title={translate('aic.funding.grantsOf', { name: laureate.name })}
                >
                  {translate('aic.funding.grantCount', { smart_count: laureate.grants })}
                </Link>
              ) : (
                0
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
