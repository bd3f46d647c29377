import type { Role } from '@aic/domain';
import { Menu as RaMenu, useCanAccessResources, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { MENU_GROUPS, type MenuEntry } from './menuGroups';
import { MenuGroupItems } from './MenuGroupItems';
import { AlertsBadgeIcon, HomeMenuText } from '../../impact/alerts/AlertsBadgeIcon';

const ALL_RESOURCES = MENU_GROUPS.flatMap((group) => group.entries.flatMap((entry) => ('resource' in entry ? [entry.resource] : [])));

/** The main menu, grouped by stage of the programme and trimmed to what the role uses, in a navigation landmark. */
export const Menu = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role[]>();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccessResources({ action: 'list', resources: ALL_RESOURCES });
  const shown = (entry: MenuEntry) =>
    (!entry.roles || entry.roles.some((role) => permissions?.includes(role))) &&
    (!('resource' in entry) || canAccess?.[entry.resource] === true);
  return (
    <nav aria-label={translate('aic.layout.mainMenu')}>
      <RaMenu>
        <RaMenu.DashboardItem leftIcon={<AlertsBadgeIcon />} primaryText={<HomeMenuText />} />
        {MENU_GROUPS.map((group) => {
          const entries = group.entries.filter(shown);
          if (entries.length === 0 || identity == null) return null;
          return <MenuGroupItems key={group.key} name={group.key} entries={entries} userId={Number(identity.id)} />;
        })}
      </RaMenu>
    </nav>
  );
};
