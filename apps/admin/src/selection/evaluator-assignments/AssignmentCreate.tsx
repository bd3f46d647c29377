import { Create, SimpleForm } from 'react-admin';
import { ApplicationInput, EvaluatorInput } from './evaluatorInput';

/** One evaluator on one shortlisted application; the panel is the evaluator's own (the API sets it). */
export const AssignmentCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <ApplicationInput validate shortlisted />
      <EvaluatorInput validate />
    </SimpleForm>
  </Create>
);
