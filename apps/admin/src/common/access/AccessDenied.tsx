import type { Role } from '@aic/domain';
import { Link, Title, usePermissions, useTranslate } from 'react-admin';

const ROLE_ORDER: readonly Role[] = ['admin', 'programme_lead', 'acceleration_manager', 'referent'];

/**
 * A refused page, in the product's words: what was refused and what the role allows (instead of a blank page or a
 * "page not found"). Shown at /access-denied (routes refused by canAccess) and in place of a refused edit form.
 */
export const AccessDenied = ({ reason, back }: { reason?: string; back?: { to: string; label: string } }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role[]>();
  const role = ROLE_ORDER.find((r) => permissions?.includes(r));
  return (
    <section aria-labelledby="react-admin-title" className="fr-mt-2w" style={{ maxWidth: '48rem' }}>
      <Title title={translate('aic.access.title')} />
      <div className="fr-callout">
        <p className="fr-callout__text" role="status">
          {translate(reason ?? 'aic.access.page')}
        </p>
        {role && <p className="fr-mt-2w">{translate(`aic.access.byRole.${role}`)}</p>}
        <p className="fr-mt-2w fr-mb-0">
          <Link to={back?.to ?? '/'}>{back ? translate(back.label) : translate('aic.access.home')}</Link>
        </p>
      </div>
    </section>
  );
};
