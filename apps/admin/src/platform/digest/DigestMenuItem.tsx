import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { useRedirect, useTranslate, useUserMenu } from 'react-admin';

/** Entry of the user menu leading to the weekly digest's setting. */
export const DigestMenuItem = forwardRef<HTMLLIElement>((props, ref) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      ref={ref}
      {...props}
      onClick={() => {
        userMenu?.onClose();
        redirect('/account/digest');
      }}
    >
      <ListItemIcon>
        <MarkEmailReadIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('aic.digest.menu')}</ListItemText>
    </MenuItem>
  );
});
