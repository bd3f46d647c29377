import type { ReactElement } from 'react';
import {
  DeleteWithConfirmButton,
  type DeleteWithConfirmButtonProps,
  RecordRepresentation,
  ReferenceField,
  useResourceContext,
  useTranslate,
} from 'react-admin';

const named = (source: string, reference: string) => <ReferenceField source={source} reference={reference} link={false} />;

/** How the confirmation names a record whose own fields do not (a partnership by its administration…). */
const NAMES = new Map<string, ReactElement>([
  ['partnerships', named('organisationId', 'organisations')],
  ['commitments', named('organisationId', 'organisations')],
  ['referent-assignments', named('userId', 'staff-members')],
  ['agenda-items', named('laureateId', 'laureates')],
  ['decisions', named('laureateId', 'laureates')],
  ['diagnostics', named('laureateId', 'laureates')],
  ['disbursements', named('grantId', 'grants')],
  ['evaluator-assignments', named('evaluatorId', 'staff-members')],
]);

/**
 * Delete after a confirmation that names the record ("Supprimer définitivement : Partenariat « Météo-France » ?",
 * never "#63") and says what is lost with it (`aic.delete.content.<resource>`, else the general text). Waits for
 * the server: a refusal (409, still in use) stays on the page.
 */
export const DeleteRecordButton = (props: DeleteWithConfirmButtonProps) => {
  const resource = useResourceContext(props) ?? '';
  const translate = useTranslate();
  const kind = translate(`resources.${resource}.name`, { smart_count: 1, _: resource });
  const title = (
    <>
      {translate('aic.delete.title', { kind })} « {NAMES.get(resource) ?? <RecordRepresentation resource={resource} />} » ?
    </>
  );
  const content = translate(`aic.delete.content.${resource}`, { _: translate('aic.delete.content.default') });
  return <DeleteWithConfirmButton mutationMode="pessimistic" confirmTitle={title} confirmContent={content} {...props} />;
};
