import { LocalesMenuButton, Logout, SidebarToggleButton, UserMenu, useTranslate } from 'react-admin';
import EventIcon from '@mui/icons-material/Event';
import LockResetIcon from '@mui/icons-material/LockReset';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { Header } from './Header';
import { LoadingIndicator } from './LoadingIndicator';
import { UserMenuLink } from './UserMenuLink';
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
        <UserMenuLink to="/account/password" icon={LockResetIcon} label="aic.account.menu" />
        {!evaluatorOnly && <UserMenuLink to="/calendar-feed" icon={EventIcon} label="aic.calendar.menu" />}
        {!evaluatorOnly && <UserMenuLink to="/account/digest" icon={MarkEmailReadIcon} label="aic.digest.menu" />}
        <Logout />
      </UserMenu>
      <SidebarToggleButton />
    </Header>
  );
};
