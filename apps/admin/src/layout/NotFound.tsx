import { Link, Title, useTranslate } from 'react-admin';

/** An address that leads nowhere, in the product's words (react-admin's own page is titled "React Admin"). */
export const NotFound = () => {
  const translate = useTranslate();
  return (
    <section className="fr-mt-2w" style={{ maxWidth: '48rem' }}>
      <Title title={translate('aic.notFound.title')} />
      <div className="fr-callout">
        <p className="fr-callout__text">{translate('aic.notFound.text')}</p>
        <p className="fr-mt-2w fr-mb-0">
          <Link to="/">{translate('aic.access.home')}</Link>
        </p>
      </div>
    </section>
  );
};
