import { LocalesMenuButton, SidebarToggleButton, UserMenu } from 'react-admin';
import { Header } from './Header';
import { LoadingIndicator } from './LoadingIndicator';

// Replaces react-admin's fixed MUI AppBar: same tools, DSFR header look.
export const AppBar = () => (
  <Header>
    <LocalesMenuButton />
    <LoadingIndicator />
    <UserMenu />
    <SidebarToggleButton />
  </Header>
);
