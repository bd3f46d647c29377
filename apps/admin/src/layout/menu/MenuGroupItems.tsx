import { Box } from '@mui/material';
import { Menu, useSidebarState, useTranslate } from 'react-admin';
import type { MenuEntry } from './menuGroups';

/** One stage of the programme in the menu: a labelled group of menu items (its title hidden when the menu is folded). */
export const MenuGroupItems = ({ name, entries, userId }: { name: string; entries: MenuEntry[]; userId: number }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const titleId = `menu-group-${name}`;
  return (
    <Box role="group" aria-labelledby={titleId} sx={{ mt: 1 }}>
      <Box
        id={titleId}
        component="span"
        className={open ? 'fr-text--xs fr-text--bold' : 'fr-sr-only'}
        sx={{ display: open ? 'block' : undefined, px: 2, py: 0.5, m: 0, textTransform: 'uppercase', color: 'var(--text-mention-grey)' }}
      >
        {translate(`aic.nav.groups.${name}`)}
      </Box>
      {entries.map((entry) =>
        'resource' in entry ? (
          <Menu.ResourceItem key={entry.resource} name={entry.resource} />
        ) : (
          <Menu.Item
            key={entry.label}
            to={typeof entry.to === 'function' ? entry.to(userId) : entry.to}
            primaryText={entry.label}
            leftIcon={entry.icon}
          />
        ),
      )}
    </Box>
  );
};
