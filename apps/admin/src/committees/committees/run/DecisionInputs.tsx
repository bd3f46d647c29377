import { minValue, NumberInput, RadioButtonGroupInput, required, TextInput } from 'react-admin';
import { decisionOutcomeChoices } from '../../../common/choices';

const conditionsWhenRequired = (value: unknown, values: { outcome?: string }) =>
  values.outcome === 'continue_with_conditions' && !value ? 'aic.run.conditionsRequired' : undefined;

/** Outcome, conditions, rationale and funding: labels from resources.decisions.fields. */
export const DecisionInputs = () => (
  <>
    <RadioButtonGroupInput source="outcome" choices={decisionOutcomeChoices} validate={required()} row={false} />
    <TextInput source="conditions" multiline minRows={2} validate={conditionsWhenRequired} />
    <TextInput source="rationale" multiline minRows={3} />
    <NumberInput source="fundingGranted" min={0} step={0.01} validate={minValue(0)} />
  </>
);
