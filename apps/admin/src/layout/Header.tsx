import type { ReactNode } from 'react';

/** The DSFR header (Marianne block, service name and tagline) with room for tools on the right; plain markup, as the login page shows it before react-admin and MUI load. */
export const Header = ({ translate, children }: { translate: (key: string) => string; children?: ReactNode }) => (
  <header role="banner" className="fr-header">
    <div className="fr-header__body">
      <div className="fr-container" style={{ maxWidth: 'none' }}>
        <div className="fr-header__body-row" style={{ flexWrap: 'wrap' }}>
          <div className="fr-header__brand fr-enlarge-link">
            <div className="fr-header__brand-top">
              <div className="fr-header__logo">
                <p className="fr-logo" style={{ whiteSpace: 'pre-line' }}>
                  {translate('aic.layout.republic')}
                </p>
              </div>
            </div>
            <div className="fr-header__service">
              <a href="#/" title={translate('aic.layout.home')}>
                <p className="fr-header__service-title">{translate('aic.layout.serviceName')}</p>
              </a>
              <p className="fr-header__service-tagline">{translate('aic.layout.tagline')}</p>
            </div>
          </div>
          {/* Not DSFR's .fr-header__tools: that one is hidden on small screens. */}
          <div style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', marginLeft: 'auto', paddingLeft: '1rem' }}>{children}</div>
        </div>
      </div>
    </div>
  </header>
);
