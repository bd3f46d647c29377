import EventIcon from '@mui/icons-material/Event';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { useRedirect, useTranslate, useUserMenu } from 'react-admin';

/** Entry of the user menu (top right) leading to the calendar subscription page. */
export const CalendarFeedMenuItem = forwardRef<HTMLLIElement>((props, ref) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      ref={ref}
      {...props}
      onClick={() => {
        userMenu?.onClose();
        redirect('/calendar-feed');
      }}
    >
      <ListItemIcon>
        <EventIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('aic.calendar.menu')}</ListItemText>
    </MenuItem>
  );
});
