import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { useHtmlLang } from '../i18n/useHtmlLang';
import { AppBar } from './AppBar';
import { Breadcrumb } from './breadcrumb/Breadcrumb';
import { Menu } from './menu/Menu';
import { PageHeading } from './PageHeading';

export const Layout = ({ children }: { children: ReactNode }) => {
  useHtmlLang();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      <Breadcrumb />
      <PageHeading />
      {children}
    </RaLayout>
  );
};
