import { required, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/inputs/DateInput';
import { interactionKindChoices } from '../../common/choices';
import { LaureateInput } from '../laureates/LaureateInput';
import { IntroductionInputs } from './IntroductionInputs';
import { OccurredAtInput } from './OccurredAtInput';
import { ParticipantsInputs } from './ParticipantsInputs';
import { FormRow } from '../laureates/FormRow';


/** `updatePartnership` only matters when the entry is created (the API ignores it on update). */
export const InteractionInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <LaureateInput writableOnly validate={required()} />
    <FormRow>
      <SelectInput source="kind" choices={interactionKindChoices} validate={required()} />
      <OccurredAtInput />
    </FormRow>
    <TextInput source="title" validate={required()} />
    <IntroductionInputs withPartnership={mode === 'create'} />
    <ParticipantsInputs />
    <TextInput source="summary" multiline minRows={3} />
    <FormRow>
      <TextInput source="followUp" />
      <DateInput source="followUpDueOn" />
    </FormRow>
  </>
);
