import { LocalesMenuButton, Logout, SidebarToggleButton, UserMenu } from 'react-admin';
import { ChangePasswordMenuItem } from '../platform/account/ChangePasswordMenuItem';
import { Header } from './Header';
import { LoadingIndicator } from './LoadingIndicator';

// Replaces react-admin's fixed MUI AppBar: same tools, DSFR header look.
export const AppBar = () => (
  <Header>
    <LocalesMenuButton />
    <LoadingIndicator />
    <UserMenu>
      <ChangePasswordMenuItem />
      <Logout />
    </UserMenu>
    <SidebarToggleButton />
  </Header>
);
