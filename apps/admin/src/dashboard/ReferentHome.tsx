import { Typography } from '@mui/material';
import { DataTable, ListBase, Title, useTranslate } from 'react-admin';
import { ReferenceColumn } from '../common/columns';
import { HealthField, PhaseField } from '../accompaniment/laureates/badges';
import { LaureateLinkField } from '../accompaniment/laureates/LaureateLinkField';
import { EmptyText } from './EmptyText';
import { HomeSection } from './HomeSection';

/** A referent's home: the laureates they are assigned to (the API scopes the list), read-only. */
export const ReferentHome = () => {
  const translate = useTranslate();
  return (
    <>
      <Title title="aic.home.referentTitle" />
      <Typography sx={{ my: 1 }}>{translate('aic.home.referentIntro')}</Typography>
      <HomeSection title="aic.home.assigned">
        <ListBase resource="laureates" sort={{ field: 'name', order: 'ASC' }} perPage={100} disableSyncWithLocation>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message="resources.laureates.empty" />}>
            <DataTable.Col source="name">
              <LaureateLinkField />
            </DataTable.Col>
            <ReferenceColumn source="seasonId" reference="seasons" link={false} />
            <DataTable.Col source="phase">
              <PhaseField />
            </DataTable.Col>
            <DataTable.Col source="health">
              <HealthField />
            </DataTable.Col>
            <ReferenceColumn source="accelerationManagerId" reference="staff-members" link={false} />
          </DataTable>
        </ListBase>
      </HomeSection>
    </>
  );
};
