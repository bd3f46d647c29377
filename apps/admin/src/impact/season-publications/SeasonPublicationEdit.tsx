import { Edit, SimpleForm, TextInput } from 'react-admin';
import { SaveOnlyToolbar } from '../../common/toolbars';
import { PublicationButtons } from './PublicationButtons';

/** The season's publication: publish / unpublish, the booklet, and its editable welcome text. */
export const SeasonPublicationEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false}>
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <PublicationButtons />
      <TextInput source="welcomeText" multiline minRows={6} fullWidth helperText="aic.publication.welcomeHelp" />
    </SimpleForm>
  </Edit>
);
