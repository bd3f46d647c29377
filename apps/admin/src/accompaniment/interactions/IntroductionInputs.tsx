import { Box } from '@mui/material';
import { FormDataConsumer, SelectInput } from 'react-admin';
import { AdministrationInput } from '../../directory/organisations/AdministrationInput';
import { partnershipPurposeChoices } from '../../common/choices';
import { CheckboxInput } from './CheckboxInput';

/**
 * For an introduction (mise en relation): the administration introduced and, on creation, whether the API
 * creates or advances the laureate's partnership with it (`updatePartnership`, `partnershipPurpose`).
 */
export const IntroductionInputs = ({ withPartnership }: { withPartnership: boolean }) => (
  <FormDataConsumer>
    {({ formData }) =>
      formData.kind === 'introduction' && (
        <Box sx={{ display: 'grid', columnGap: 2, alignItems: 'center', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr' } }}>
          <AdministrationInput />
          {withPartnership && <CheckboxInput source="updatePartnership" resource="interactions" />}
          {withPartnership && formData.updatePartnership && (
            <SelectInput source="partnershipPurpose" choices={partnershipPurposeChoices} />
          )}
        </Box>
      )
    }
  </FormDataConsumer>
);
