import { useMemo } from 'react';
import { type Identifier, ReferenceInput, SelectInput } from 'react-admin';

const byAxis = { field: 'axis', order: 'ASC' } as const;

/** An optional roadmap objective of the given laureate (the API checks it belongs to the same laureate). */
export const ObjectiveInput = ({ laureateId }: { laureateId?: Identifier | null }) => {
  const filter = useMemo(() => ({ laureateId: laureateId ?? 0 }), [laureateId]);
  return (
    <ReferenceInput source="objectiveId" reference="objectives" filter={filter} sort={byAxis} perPage={100}>
      <SelectInput optionText="title" disabled={laureateId == null} />
    </ReferenceInput>
  );
};
