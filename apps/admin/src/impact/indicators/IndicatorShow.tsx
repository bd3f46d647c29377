import { Typography } from '@mui/material';
import {
  BooleanField, CreateButton, DataTable, EditButton, NumberField, ReferenceField, ReferenceManyField, SelectField, Show, SimpleShowLayout,
  TextField, TopToolbar, useCanAccess, useRecordContext, useTranslate,
} from 'react-admin';
import { indicatorDirectionChoices } from '../../common/choices';
import { DateColumn } from '../../common/columns';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { LocaleDateField } from '../../common/fields';
import { ProgressField } from './ProgressField';

const Actions = () => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'indicators', action: 'edit', record, enabled: record != null });
  if (!record || !canAccess) return null;
  return (
    <TopToolbar>
      <CreateButton resource="measurements" label="aic.indicatorsPage.addMeasurement" state={{ record: { indicatorId: record.id } }} />
      <EditButton />
      <DeleteRecordButton />
    </TopToolbar>
  );
};

const Measurements = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
        {translate('aic.indicatorsPage.measurements')}
      </Typography>
      <ReferenceManyField reference="measurements" target="indicatorId" sort={{ field: 'measuredOn', order: 'DESC' }} empty={<>{translate('aic.indicatorsPage.noMeasurement')}</>}>
        <DataTable bulkActionButtons={false} rowClick="edit">
          <DateColumn source="measuredOn" />
          <DataTable.Col source="value">
            <NumberField source="value" locales="fr-FR" />
          </DataTable.Col>
          <DataTable.Col source="source" />
          <DataTable.Col source="comment" />
        </DataTable>
      </ReferenceManyField>
    </>
  );
};

export const IndicatorShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <TextField source="name" />
      <TextField source="unit" />
      <SelectField source="direction" choices={indicatorDirectionChoices} />
      <NumberField source="baselineValue" locales="fr-FR" />
      <LocaleDateField source="baselineOn" emptyText="—" />
      <NumberField source="targetValue" locales="fr-FR" />
      <LocaleDateField source="targetOn" emptyText="—" />
      <NumberField source="latestValue" locales="fr-FR" emptyText="—" />
      <LocaleDateField source="latestMeasuredOn" emptyText="—" />
      <ProgressField source="progressPercent" />
      <BooleanField source="targetReached" emptyText="—" />
      <Measurements />
    </SimpleShowLayout>
  </Show>
);
