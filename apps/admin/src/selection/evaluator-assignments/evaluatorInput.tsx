import { AutocompleteInput, ReferenceInput, required } from 'react-admin';

/** The active evaluator accounts (jury and citizens' panel), from the staff directory. */
export const EvaluatorInput = ({ alwaysOn, validate }: { alwaysOn?: boolean; validate?: boolean }) => (
  <ReferenceInput source="evaluatorId" reference="staff-members" filter={{ role: 'evaluator', active: true }} sort={{ field: 'fullName', order: 'ASC' }} alwaysOn={alwaysOn}>
    <AutocompleteInput optionText="fullName" filterToQuery={(q: string) => ({ q })} validate={validate ? required() : undefined} helperText={false} sx={{ minWidth: '16rem' }} />
  </ReferenceInput>
);

/** A shortlisted application, picked by typing part of its project, carrier or summary. */
export const ApplicationInput = ({ alwaysOn, validate, shortlisted }: { alwaysOn?: boolean; validate?: boolean; shortlisted?: boolean }) => (
  <ReferenceInput source="applicationId" reference="applications" filter={shortlisted ? { status: 'shortlisted' } : {}} sort={{ field: 'projectName', order: 'ASC' }} alwaysOn={alwaysOn}>
    <AutocompleteInput optionText="projectName" filterToQuery={(q: string) => ({ q })} validate={validate ? required() : undefined} helperText={false} sx={{ minWidth: '20rem' }} />
  </ReferenceInput>
);
