import { Typography } from '@mui/material';
import { Fragment } from 'react';
import { type Identifier, ReferenceField, RecordContextProvider, useGetList, useTranslate } from 'react-admin';

/** The laureate's referents, each with the kind of referent they are. */
export const ReferentsLine = ({ laureateId }: { laureateId: Identifier }) => {
  const translate = useTranslate();
  const { data = [] } = useGetList('referent-assignments', {
    filter: { laureateId },
    sort: { field: 'kind', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  return (
    <Typography variant="body2" component="p">
      <strong>{translate('aic.accompaniment.labelled', { label: translate('aic.accompaniment.header.referents') })}</strong>
      {data.length === 0 && translate('aic.accompaniment.header.noReferent')}
      {data.map((assignment, index) => (
        <Fragment key={assignment.id}>
          {index > 0 && ' ; '}
          <RecordContextProvider value={assignment}>
            <ReferenceField source="userId" reference="staff-members" link={false} />
          </RecordContextProvider>
          {` (${translate(`aic.referentKinds.${assignment.kind}`)})`}
        </Fragment>
      ))}
    </Typography>
  );
};
