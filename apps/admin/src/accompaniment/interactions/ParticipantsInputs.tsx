import { Box } from '@mui/material';
import { AutocompleteArrayInput, ReferenceArrayInput } from 'react-admin';

const searchByName = (q: string) => ({ q });
const grid = { display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' } };

/** Who an exchange was with: contacts, organisations, and the programme's own staff. */
export const ParticipantsInputs = () => (
  <Box sx={grid}>
    <ReferenceArrayInput source="contactIds" reference="contacts" sort={{ field: 'lastName', order: 'ASC' }}>
      <AutocompleteArrayInput filterToQuery={searchByName} helperText={false} />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="organisationIds" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteArrayInput filterToQuery={searchByName} helperText={false} />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="userIds" reference="staff-members" sort={{ field: 'fullName', order: 'ASC' }}>
      <AutocompleteArrayInput filterToQuery={searchByName} helperText={false} />
    </ReferenceArrayInput>
  </Box>
);
