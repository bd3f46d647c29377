import { Link, Loading, Title, useTranslate } from 'react-admin';
import { useMyApplications } from './useMyApplications';

/** An evaluator's home: the applications assigned to them, each with where their evaluation stands. */
export const ToEvaluate = () => {
  const translate = useTranslate();
  const { applications, evaluationOf, isPending, error } = useMyApplications();
  if (isPending) return <Loading />;
  return (
    <section className="fr-mt-2w">
      <Title title="aic.selection.scoring.myList" />
      <p>{translate('aic.selection.scoring.myListIntro')}</p>
      {error && <p role="alert">{translate('aic.selection.loadError')}</p>}
      {applications.length === 0 ? (
        <p>{translate('aic.selection.scoring.none')}</p>
      ) : (
        <div className="fr-table fr-table--no-caption">
          <table>
            <caption>{translate('aic.selection.scoring.myList')}</caption>
            <thead>
              <tr>
                <th scope="col">{translate('resources.applications.fields.projectName')}</th>
                <th scope="col">{translate('resources.applications.fields.carrierName')}</th>
                <th scope="col">{translate('aic.selection.scoring.state')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => {
                const evaluation = evaluationOf(application.id);
                const state = evaluation ? translate(`aic.evaluationStatuses.${evaluation.status}`) : translate('aic.selection.scoring.toDo');
                return (
                  <tr key={application.id}>
                    <td>
                      <Link to={`/to-evaluate/${application.id}`}>{application.projectName}</Link>
                    </td>
                    <td>{application.carrierName}</td>
                    <td>{state}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
