import LockResetIcon from '@mui/icons-material/LockReset';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { useRedirect, useTranslate, useUserMenu } from 'react-admin';

/** Entry of the user menu (top right) leading to the password change page. */
export const ChangePasswordMenuItem = forwardRef<HTMLLIElement>((props, ref) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      ref={ref}
      {...props}
      onClick={() => {
        userMenu?.onClose();
        redirect('/account/password');
      }}
    >
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('aic.account.menu')}</ListItemText>
    </MenuItem>
  );
});
