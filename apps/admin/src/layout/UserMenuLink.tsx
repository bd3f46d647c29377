import { ListItemIcon, ListItemText, MenuItem, type MenuItemProps } from '@mui/material';
import { forwardRef, type ComponentType } from 'react';
import { useRedirect, useTranslate, useUserMenu } from 'react-admin';

export interface UserMenuLinkProps extends Omit<MenuItemProps, 'onClick' | 'children'> {
  /** Route the entry leads to, e.g. `/account/password`. */
  to: string;
  /** MUI icon component, drawn small before the label. */
  icon: ComponentType<{ fontSize?: 'small' }>;
  /** Translation key of the label. */
  label: string;
}

/**
 * Entry of the user menu (top right) leading to a page of the admin: closes the menu, then goes there. The ref and
 * the other props reach the MUI `MenuItem`, which the menu needs for keyboard focus.
 */
export const UserMenuLink = forwardRef<HTMLLIElement, UserMenuLinkProps>(({ to, icon: Icon, label, ...props }, ref) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      ref={ref}
      {...props}
      onClick={() => {
        userMenu?.onClose();
        redirect(to);
      }}
    >
      <ListItemIcon>
        <Icon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate(label)}</ListItemText>
    </MenuItem>
  );
});
