import AddIcon from '@mui/icons-material/Add';
import { Box } from '@mui/material';
import { useState } from 'react';
import { CreateBase, Form, type Identifier, type RaRecord, required, SaveButton, SelectInput, TextInput, useNotify } from 'react-admin';
import { DateInput } from '../../../common/inputs/DateInput';
import { interactionKindChoices } from '../../../common/choices';
import { IntroductionInputs } from '../../interactions/IntroductionInputs';
import { OccurredAtInput } from '../../interactions/OccurredAtInput';
import { ParticipantsInputs } from '../../interactions/ParticipantsInputs';
import { SectionHeading } from './SectionHeading';

const defaults = () => ({ kind: 'meeting', occurredAt: new Date().toISOString(), updatePartnership: true, partnershipPurpose: 'other' });

const grid = { display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 2fr' } };

/** Quick journal entry; an introduction may also create or advance the partnership (the API says which). */
export const InteractionQuickCreate = ({ laureateId }: { laureateId: Identifier }) => {
  const notify = useNotify();
  const [formKey, setFormKey] = useState(0);
  const onSuccess = (created: RaRecord) => {
    const key = created.partnershipId ? 'partnershipUpdated' : 'added';
    notify(`aic.accompaniment.journal.${key}`, { type: 'success' });
    setFormKey((k) => k + 1);
  };
  return (
    <Box component="section" aria-labelledby="journal-quick-add" sx={{ p: 2, mb: 2, bgcolor: 'var(--background-alt-grey)' }}>
      <SectionHeading id="journal-quick-add" title="aic.accompaniment.journal.quickAdd" />
      <CreateBase resource="interactions" redirect={false} mutationOptions={{ onSuccess }} transform={(data) => ({ ...data, laureateId })}>
        <Form key={formKey} defaultValues={defaults()}>
          <Box sx={grid}>
            <SelectInput source="kind" choices={interactionKindChoices} validate={required()} autoFocus={formKey > 0} />
            <OccurredAtInput />
            <TextInput source="title" validate={required()} />
          </Box>
          <IntroductionInputs withPartnership />
          <ParticipantsInputs />
          <TextInput source="summary" multiline minRows={2} />
          <Box sx={{ ...grid, gridTemplateColumns: { xs: '1fr', md: '3fr 1fr' } }}>
            <TextInput source="followUp" />
            <DateInput source="followUpDueOn" />
          </Box>
          <SaveButton label="aic.accompaniment.journal.quickAdd" icon={<AddIcon />} alwaysEnable />
        </Form>
      </CreateBase>
    </Box>
  );
};
