import { ReferenceInput, SelectInput } from 'react-admin';

/** Filter on the season, most recent first. */
export const SeasonFilter = (props: { source: string; alwaysOn?: boolean }) => (
  <ReferenceInput reference="seasons" sort={{ field: 'year', order: 'DESC' }} {...props}>
    <SelectInput helperText={false} />
  </ReferenceInput>
);
