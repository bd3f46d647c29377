import { Link, useTranslate } from 'react-admin';
import { useBreadcrumbTrail } from './useBreadcrumbTrail';

/** The DSFR breadcrumb ("fil d'Ariane") of the current page; the last item is the page itself. */
export const Breadcrumb = () => {
  const translate = useTranslate();
  const trail = useBreadcrumbTrail();
  if (trail.length < 2) return null;
  return (
    <nav className="fr-breadcrumb fr-mt-0 fr-mb-1w" aria-label={translate('aic.nav.breadcrumb')}>
      <ol className="fr-breadcrumb__list">
        {trail.map((crumb, i) => (
          <li key={i}>
            {crumb.to ? (
              <Link className="fr-breadcrumb__link" to={crumb.to}>
                {crumb.label}
              </Link>
            ) : (
              <a className="fr-breadcrumb__link" aria-current={i === trail.length - 1 ? 'page' : undefined}>
                {crumb.label}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
};
