import { AutocompleteInput, FormDataConsumer, ReferenceInput, required, useGetOne } from 'react-admin';

const LaureateInput = ({ committeeId, readOnly }: { committeeId?: number; readOnly: boolean }) => {
  const { data: committee } = useGetOne('committees', { id: committeeId }, { enabled: committeeId != null });
  return (
    <ReferenceInput
      source="laureateId"
      reference="laureates"
      filter={committee ? { seasonId: committee.seasonId } : {}}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={100}
    >
      <AutocompleteInput validate={required()} filterToQuery={(q: string) => ({ q })} readOnly={readOnly} />
    </ReferenceInput>
  );
};

/** A laureate of the season of the committee chosen in the form. */
export const LaureateOfSeasonInput = ({ readOnly = false }: { readOnly?: boolean }) => (
  <FormDataConsumer<{ committeeId?: number }>>
    {({ formData }) => <LaureateInput committeeId={formData.committeeId} readOnly={readOnly} />}
  </FormDataConsumer>
);
