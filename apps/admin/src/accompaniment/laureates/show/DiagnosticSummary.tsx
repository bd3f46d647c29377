import { AXES } from '@aic/domain';
import { Box, Typography } from '@mui/material';
import { CreateButton, EditButton, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useCanWriteLaureate } from '../useCanWriteLaureate';
import { useFormatDate } from '../useFormatDate';
import { SectionHeading } from './SectionHeading';

const NEEDS = { consolidate: 'needsConsolidate', integrate: 'needsIntegrate', deploy: 'needsDeploy' } as const;

const Entry = ({ label, text }: { label: string; text?: string | null }) => (
  <>
    <Typography component="dt" variant="body2" sx={{ fontWeight: 700, mt: 1 }}>
      {label}
    </Typography>
    <Typography component="dd" variant="body2" sx={{ ml: 0, whiteSpace: 'pre-line' }}>
      {text || '—'}
    </Typography>
  </>
);

/** The laureate's latest joint diagnostic: strengths, weaknesses and needs per axis. */
export const DiagnosticSummary = () => {
  const laureate = useRecordContext();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const canWrite = useCanWriteLaureate(laureate);
  const { data, isPending } = useGetList(
    'diagnostics',
    { filter: { laureateId: laureate?.id }, sort: { field: 'heldOn', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { enabled: laureate != null },
  );
  const diagnostic = data?.[0];
  const field = (name: string) => translate(`resources.diagnostics.fields.${name}`);
  return (
    <Box component="section" aria-labelledby="diagnostic-title" sx={{ p: 2, border: '1px solid var(--border-default-grey)' }}>
      <SectionHeading id="diagnostic-title" title="aic.accompaniment.diagnostic.title" />
      {!isPending && !diagnostic && (
        <>
          <Typography variant="body2">{translate('aic.accompaniment.diagnostic.none')}</Typography>
          {canWrite && (
            <CreateButton resource="diagnostics" state={{ record: { laureateId: laureate?.id } }} label="aic.accompaniment.diagnostic.create" />
          )}
        </>
      )}
      {diagnostic && (
        <>
          {diagnostic.heldOn && (
            <Typography variant="body2">
              {translate('aic.accompaniment.diagnostic.heldOn', { date: formatDate(diagnostic.heldOn) })}
            </Typography>
          )}
          <Box component="dl" sx={{ my: 1 }}>
            <Entry label={field('strengths')} text={diagnostic.strengths} />
            <Entry label={field('weaknesses')} text={diagnostic.weaknesses} />
          </Box>
          <SectionHeading title="aic.accompaniment.diagnostic.needs" level={3} />
          <Box component="dl" sx={{ my: 1 }}>
            {AXES.map((axis) => (
              <Entry key={axis} label={translate(`aic.axes.${axis}`)} text={diagnostic[NEEDS[axis]]} />
            ))}
          </Box>
          {canWrite && <EditButton resource="diagnostics" record={diagnostic} label="resources.diagnostics.page.edit" />}
        </>
      )}
    </Box>
  );
};
