import { Typography } from '@mui/material';
import { Link, ReferenceArrayField, useCreatePath, useGetRecordRepresentation, useListContext, useRecordContext, useTranslate } from 'react-admin';

/** The names of one kind of participant, in full (never cut off), each a link to its page. */
const Names = ({ reference }: { reference: string }) => {
  const { data } = useListContext();
  const represent = useGetRecordRepresentation(reference);
  const createPath = useCreatePath();
  if (!data?.length) return null;
  return (
    <>
      {data.map((record, index) => (
        <span key={record.id}>
          {index > 0 && ', '}
          <Link to={createPath({ resource: reference, id: record.id, type: 'show' })}>{String(represent(record))}</Link>
        </span>
      ))}
    </>
  );
};

const KINDS = [
  ['contactIds', 'contacts'],
  ['organisationIds', 'organisations'],
] as const;

/** "Avec : Camille Exemple, Direction X" for a journal entry that names its participants. */
export const ParticipantsField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const present = KINDS.filter(([source]) => (record?.[source] ?? []).length > 0);
  if (present.length === 0) return null;
  return (
    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {translate('aic.accompaniment.labelled', { label: translate('aic.accompaniment.journal.with') })}
      {present.map(([source, reference], index) => (
        <span key={source}>
          {index > 0 && ' ; '}
          <ReferenceArrayField source={source} reference={reference}>
            <Names reference={reference} />
          </ReferenceArrayField>
        </span>
      ))}
    </Typography>
  );
};
