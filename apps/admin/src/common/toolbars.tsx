import { SaveButton, Toolbar } from 'react-admin';
import { DeleteRecordButton } from './DeleteRecordButton';

/** For records that are never deleted (users are deactivated instead). */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Delete asks for confirmation and waits for the server (a 409 stays on the page). */
export const SaveDeleteToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteRecordButton />
  </Toolbar>
);
