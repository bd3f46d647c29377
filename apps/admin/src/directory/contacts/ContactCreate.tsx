import { Create, type Identifier, type RaRecord, SimpleForm } from 'react-admin';
import { laureateTabPath } from '../../accompaniment/laureates/laureateTabs';
import { ContactInputs } from './ContactInputs';

// Added from a laureate's team tab (one membership): back there; otherwise to the contact's page.
const redirect = (_resource?: string, id?: Identifier, data?: Partial<RaRecord>) =>
  data?.laureates?.length === 1 ? laureateTabPath(data.laureates[0].laureateId, 'team') : `/contacts/${id}/show`;

export const ContactCreate = () => (
  <Create mutationMode="pessimistic" redirect={redirect}>
    <SimpleForm defaultValues={{ laureates: [] }}>
      <ContactInputs />
    </SimpleForm>
  </Create>
);
