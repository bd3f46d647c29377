import { LocalesMenuButton, Logout, SidebarToggleButton, UserMenu } from 'react-admin';
import { ChangePasswordMenuItem } from '../platform/account/ChangePasswordMenuItem';
import { CalendarFeedMenuItem } from '../impact/calendar/CalendarFeedMenuItem';
import { DigestMenuItem } from '../platform/digest/DigestMenuItem';
import { Header } from './Header';
import { LoadingIndicator } from './LoadingIndicator';
import { GlobalSearch } from './search/GlobalSearch';

// Replaces react-admin's fixed MUI AppBar: same tools, DSFR header look.
export const AppBar = () => (
  <Header>
    <GlobalSearch />
    <LocalesMenuButton />
    <LoadingIndicator />
    <UserMenu>
      <ChangePasswordMenuItem />
      <CalendarFeedMenuItem />
      <DigestMenuItem />
      <Logout />
    </UserMenu>
    <SidebarToggleButton />
  </Header>
);
