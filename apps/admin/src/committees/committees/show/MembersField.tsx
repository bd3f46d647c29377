import { Typography } from '@mui/material';
import { ChipField, ReferenceArrayField, SingleFieldList, TextField, useRecordContext } from 'react-admin';

interface ExternalMember {
  name: string;
  organisation: string | null;
}

// `source` only names the label in a SimpleShowLayout.
export const StaffMembersField = (_: { source?: string }) => (
  <ReferenceArrayField source="memberIds" reference="staff-members">
    <SingleFieldList linkType={false}>
      <ChipField source="fullName" size="small" />
    </SingleFieldList>
  </ReferenceArrayField>
);

export const ExternalMembersField = (_: { source?: string }) => {
  const members = useRecordContext()?.externalMembers as ExternalMember[] | undefined;
  if (!members?.length) return <TextField source="externalMembers" emptyText="—" />;
  return (
    <ul className="fr-mb-0">
      {members.map((member) => (
        <li key={`${member.name}-${member.organisation}`}>
          <Typography variant="body2" component="span">
            {member.organisation ? `${member.name} (${member.organisation})` : member.name}
          </Typography>
        </li>
      ))}
    </ul>
  );
};
