import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AlertsProvider } from '../impact/alerts/useAlerts';
import { useHtmlLang } from '../i18n/useHtmlLang';
import { AppBar } from './AppBar';
import { Breadcrumb } from './breadcrumb/Breadcrumb';
import { Menu } from './menu/Menu';
import { PageHeading } from './PageHeading';

export const Layout = ({ children }: { children: ReactNode }) => {
  useHtmlLang();
  return (
    <AlertsProvider>
      <RaLayout appBar={AppBar} menu={Menu}>
        <Breadcrumb />
        <PageHeading />
        {children}
      </RaLayout>
    </AlertsProvider>
  );
};
