import { Menu as RaMenu, useHasDashboard, useTranslate } from 'react-admin';
import { CommitteeMenuItems } from '../committees/committees/CommitteeMenuItems';

/** react-admin's menu (one entry per resource the role may list, then custom pages) inside a navigation landmark. */
export const Menu = () => {
  const translate = useTranslate();
  const hasDashboard = useHasDashboard();
  return (
    <nav aria-label={translate('aic.layout.mainMenu')}>
      <RaMenu>
        {hasDashboard && <RaMenu.DashboardItem />}
        <RaMenu.ResourceItems />
        <CommitteeMenuItems />
      </RaMenu>
    </nav>
  );
};
