import { Typography } from '@mui/material';
import { type Identifier, Link, useGetList, useTranslate } from 'react-admin';

/**
 * The application the laureate was selected from (its file number and project name), for whoever may read it: the
 * programme team, and the laureate's manager and referents (the API lists only those). Nothing for a laureate entered
 * without an application.
 */
export const ApplicationLine = ({ laureateId }: { laureateId: Identifier }) => {
  const translate = useTranslate();
  const { data = [] } = useGetList('applications', { filter: { laureateId }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 1 } });
  const application = data[0];
  if (!application) return null;
  return (
    <Typography variant="body2" component="p">
      <strong>{translate('aic.accompaniment.labelled', { label: translate('aic.accompaniment.header.application') })}</strong>
      <Link to={`/applications/${application.id}/show`}>{`${application.reference} — ${application.projectName}`}</Link>
    </Typography>
  );
};
