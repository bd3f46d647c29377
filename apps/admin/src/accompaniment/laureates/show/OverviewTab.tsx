import { Grid } from '@mui/material';
import { ReferenceField, SimpleShowLayout, TextArrayField, TextField } from 'react-admin';
import { ExternalUrlField, LocaleDateField } from '../../../common/fields';
import { DiagnosticSummary } from './DiagnosticSummary';
import { SectionHeading } from './SectionHeading';

const multiline = { whiteSpace: 'pre-line' } as const;
const layout = { p: 0, '& .RaSimpleShowLayout-stack': { gap: 1.5 } };

export const OverviewTab = (_: { label?: false }) => (
  <Grid container spacing={4}>
    <Grid size={{ xs: 12, md: 7 }}>
      <SectionHeading title="aic.accompaniment.overview.project" />
      <SimpleShowLayout sx={layout}>
        <TextField source="mission" sx={multiline} emptyText="—" />
        <TextField source="publicServiceContribution" sx={multiline} emptyText="—" />
        <ReferenceField source="carrierOrganisationId" reference="organisations" link="show" emptyText="—" />
        <ExternalUrlField source="website" />
        <TextArrayField source="themes" />
        <TextField source="territory" emptyText="—" />
      </SimpleShowLayout>
      <SectionHeading title="aic.accompaniment.overview.dates" />
      <SimpleShowLayout sx={layout}>
        <ReferenceField source="seasonId" reference="seasons" link="show" />
        <LocaleDateField source="startedOn" emptyText="—" />
        <LocaleDateField source="phase2StartedOn" emptyText="—" />
        <LocaleDateField source="endedOn" emptyText="—" />
      </SimpleShowLayout>
      <SectionHeading title="aic.accompaniment.overview.outcomes" />
      <SimpleShowLayout sx={layout}>
        <TextField source="nextSteps" sx={multiline} emptyText="—" />
        <TextField source="results" sx={multiline} emptyText="—" />
      </SimpleShowLayout>
    </Grid>
    <Grid size={{ xs: 12, md: 5 }}>
      <DiagnosticSummary />
    </Grid>
  </Grid>
);
