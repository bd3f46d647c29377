import { LocalesMenuButton, Logout, SidebarToggleButton, UserMenu, useTranslate } from 'react-admin';
import { ChangePasswordMenuItem } from '../platform/account/ChangePasswordMenuItem';
import { CalendarFeedMenuItem } from '../impact/calendar/CalendarFeedMenuItem';
import { DigestMenuItem } from '../platform/digest/DigestMenuItem';
import { Header } from './Header';
import { LoadingIndicator } from './LoadingIndicator';
import { GlobalSearch } from './search/GlobalSearch';
import { useEvaluatorOnly } from '../selection/common/useEvaluatorOnly';

// Replaces react-admin's fixed MUI AppBar: same tools, DSFR header look. No global search for an evaluator: it
// searches laureates, contacts and organisations, none of which they may read.
export const AppBar = () => {
  const evaluatorOnly = useEvaluatorOnly();
  const translate = useTranslate();
  return (
    <Header translate={translate}>
      {!evaluatorOnly && <GlobalSearch />}
      <LocalesMenuButton />
      <LoadingIndicator />
      <UserMenu>
        <ChangePasswordMenuItem />
        {!evaluatorOnly && <CalendarFeedMenuItem />}
        {!evaluatorOnly && <DigestMenuItem />}
        <Logout />
      </UserMenu>
      <SidebarToggleButton />
    </Header>
  );
};
