import AddIcon from '@mui/icons-material/Add';
import { Box } from '@mui/material';
import { useState } from 'react';
import { CreateBase, Form, type Identifier, required, SaveButton, SelectInput, TextInput, useNotify } from 'react-admin';
import { DateInput } from '../../../common/inputs/DateInput';
import { axisChoices, supportTypeChoices } from '../../../common/choices';
import { ObjectiveInput } from '../../objectives/ObjectiveInput';
import { SectionHeading } from './SectionHeading';

const grid = { display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: '2fr 1fr 1fr' } };

/** A small inline form: the action is created for this laureate, then the form empties for the next one. */
export const ActionQuickCreate = ({ laureateId }: { laureateId: Identifier }) => {
  const notify = useNotify();
  const [formKey, setFormKey] = useState(0);
  const onSuccess = () => {
    notify('aic.accompaniment.actions.added', { type: 'success' });
    setFormKey((key) => key + 1);
  };
  return (
    <Box component="section" aria-labelledby="action-quick-add" sx={{ p: 2, mb: 2, bgcolor: 'var(--background-alt-grey)' }}>
      <SectionHeading id="action-quick-add" title="aic.accompaniment.actions.quickAdd" />
      <CreateBase resource="actions" redirect={false} mutationOptions={{ onSuccess }} transform={(data) => ({ ...data, laureateId })}>
        <Form key={formKey} defaultValues={{ status: 'planned' }}>
          <Box sx={grid}>
            {/* After an addition, the emptied form takes the focus back for the next one. */}
            <TextInput source="title" validate={required()} autoFocus={formKey > 0} />
            <SelectInput source="axis" choices={axisChoices} validate={required()} />
            <SelectInput source="supportType" choices={supportTypeChoices} validate={required()} />
            <DateInput source="dueOn" />
            <ObjectiveInput laureateId={laureateId} />
          </Box>
          <SaveButton label="aic.accompaniment.actions.quickAdd" icon={<AddIcon />} alwaysEnable />
        </Form>
      </CreateBase>
    </Box>
  );
};
