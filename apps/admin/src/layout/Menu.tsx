import { Menu as RaMenu, useTranslate } from 'react-admin';

/** react-admin's menu (one entry per resource the role may list) inside a navigation landmark. */
export const Menu = () => {
  const translate = useTranslate();
  return (
    <nav aria-label={translate('aic.layout.mainMenu')}>
      <RaMenu />
    </nav>
  );
};
