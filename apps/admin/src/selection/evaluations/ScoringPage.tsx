import type { ApplicationRecord } from '@aic/domain';
import { Box } from '@mui/material';
import { Link, Loading, Title, useGetOne, useParams, useTranslate } from 'react-admin';
import { AnswersList } from '../common/AnswersList';
import { ScoringForm } from './ScoringForm';
import { useMyApplications } from './useMyApplications';

/**
 * The evaluator's scoring screen, one application at a time: its file on the left (summary and every answer, as
 * submitted), the five published criteria on the right; previous / next through their assigned applications.
 */
export const ScoringPage = () => {
  const translate = useTranslate();
  const applicationId = Number(useParams<{ id: string }>().id);
  const { data: application, isPending, error } = useGetOne<ApplicationRecord>('applications', { id: applicationId });
  const mine = useMyApplications();
  if (isPending || mine.isPending) return <Loading />;
  if (error || !application) return <p role="alert">{translate('aic.selection.loadError')}</p>;
  const position = mine.applications.findIndex((a) => a.id === applicationId);
  const previous = mine.applications[position - 1];
  const next = mine.applications[position + 1];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('aic.selection.scoring.title', { name: application.projectName })} />
      <nav aria-label={translate('aic.selection.scoring.myList')} className="fr-mb-2w">
        <Link to="/to-evaluate">{translate('aic.selection.scoring.myList')}</Link>
        {position >= 0 && (
          <span className="fr-ml-2w fr-text--sm">{translate('aic.selection.scoring.position', { n: position + 1, total: mine.applications.length })}</span>
        )}
        {previous && (
          <Link className="fr-ml-2w" to={`/to-evaluate/${previous.id}`}>
            {translate('aic.selection.scoring.previous')}
          </Link>
        )}
        {next && (
          <Link className="fr-ml-2w" to={`/to-evaluate/${next.id}`}>
            {translate('aic.selection.scoring.next')}
          </Link>
        )}
      </nav>
      <Box sx={{ display: 'grid', gridTemplateColumns: { md: '1fr 1fr' }, gap: 4, alignItems: 'start' }}>
        <section aria-labelledby="application-file-title">
          <h2 className="fr-h5" id="application-file-title">
            {translate('aic.selection.scoring.answers')}
          </h2>
          <p className="fr-text--lead fr-mb-1w">{application.projectName}</p>
          <p className="fr-text--sm">
            {application.carrierName} · {translate('resources.applications.fields.reference')} {application.reference}
          </p>
          {application.summary && <p style={{ whiteSpace: 'pre-line' }}>{application.summary}</p>}
          <AnswersList answers={application.answers} />
        </section>
        <section>
          <ScoringForm key={applicationId} application={application} evaluation={mine.evaluationOf(applicationId)} onSubmitted={mine.refetch} />
        </section>
      </Box>
    </Box>
  );
};
