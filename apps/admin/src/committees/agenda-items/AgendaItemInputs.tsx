import { minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { LaureateOfSeasonInput } from './LaureateOfSeasonInput';

interface Props {
  /** An item stays on its committee once created. */
  isEdit?: boolean;
  /** An acceleration manager edits the briefing note; the rest is the programme lead's. */
  notesOnly?: boolean;
}

export const AgendaItemInputs = ({ isEdit = false, notesOnly = false }: Props) => (
  <>
    <ReferenceInput source="committeeId" reference="committees" filter={isEdit ? {} : { status: ['planned', 'in_session'] }}>
      <SelectInput optionText="title" validate={required()} readOnly={isEdit} />
    </ReferenceInput>
    <LaureateOfSeasonInput readOnly={notesOnly} />
    <NumberInput source="position" min={1} step={1} validate={minValue(1)} readOnly={notesOnly} />
    <TextInput source="presenter" readOnly={notesOnly} />
    <TextInput source="requestedSupport" multiline minRows={3} readOnly={notesOnly} />
    <NumberInput source="requestedFunding" min={0} step={0.01} validate={minValue(0)} readOnly={notesOnly} />
    <TextInput source="briefingNotes" multiline minRows={4} />
  </>
);
