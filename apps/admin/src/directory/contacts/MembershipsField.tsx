import { Stack } from '@mui/material';
import { RecordContextProvider, ReferenceField, useRecordContext } from 'react-admin';

/** The project teams a contact belongs to: laureate (link) and role in it. */
export const MembershipsField = (_: { source?: 'laureates' }) => {
  const record = useRecordContext();
  const memberships: Array<{ laureateId: number; role?: string | null }> = record?.laureates ?? [];
  return (
    <Stack component="span" spacing={0.5}>
      {memberships.map((m) => (
        <span key={m.laureateId}>
          <RecordContextProvider value={m}>
            <ReferenceField source="laureateId" reference="laureates" link="show" />
          </RecordContextProvider>
          {m.role ? ` — ${m.role}` : ''}
        </span>
      ))}
    </Stack>
  );
};
