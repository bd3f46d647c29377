import { useBreakpointsValuesPx } from '@codegouvfr/react-dsfr/useBreakpointsValuesPx';
import { useMemo } from 'react';
import { Admin, Resource } from 'react-admin';
import { accountRoutes } from './platform/account/accountRoutes';
import auditEvents from './platform/audit-events';
import { authProvider } from './authProvider';
import { committeeResources } from './committees/committees/committeeResources';
import { AccessDenied } from './common/access/AccessDenied';
import { NotFound } from './layout/NotFound';
import { Home } from './dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { accompanimentResources } from './accompaniment/laureates/accompanimentResources';
import { Layout } from './layout/Layout';
import { AdminLoginPage } from './layout/AdminLoginPage';
import organisations from './directory/organisations';
import seasons from './programme/seasons';
import { selectionResources } from './selection/selectionResources';
import seasonPublications from './impact/season-publications';
import { dsfrThemeOptions } from './theme';
import users from './platform/users';
import selfRegistrationDomains from './platform/self-registration-domains';
import applicationImports from './selection/application-imports';
import dsSyncs from './selection/ds-syncs';
import mailMessages from './platform/mail-messages';
import { passwordRoutes } from './platform/password/passwordRoutes';
import { digestRoutes } from './platform/digest/digestRoutes';
import { impactResources } from './impact/impactResources';

// Every resource for every role: authProvider.canAccess (common/access) decides menu entries, buttons and routes.
const resourcesFor = (permissions: unknown) => [
  ...accompanimentResources(),
  ...committeeResources(permissions),
  ...selectionResources(permissions),
  ...impactResources(permissions),
  <Resource key="users" name="users" {...users} />,
  <Resource key="seasons" name="seasons" {...seasons} />,
  <Resource key="season-publications" name="season-publications" {...seasonPublications} />,
  <Resource key="organisations" name="organisations" {...organisations} />,
  <Resource key="audit-events" name="audit-events" {...auditEvents} />,
  <Resource key="documents" name="documents" recordRepresentation="title" />,
  <Resource key="self-registration-domains" name="self-registration-domains" {...selfRegistrationDomains} />,
  <Resource key="application-imports" name="application-imports" {...applicationImports} />,
  <Resource key="ds-syncs" name="ds-syncs" {...dsSyncs} />,
  accountRoutes(),
  <Resource key="mail-messages" name="mail-messages" {...mailMessages} />,
  passwordRoutes(),
  digestRoutes(),
];

export const App = () => {
  const { breakpointsValues } = useBreakpointsValuesPx();
  const theme = useMemo(() => dsfrThemeOptions(breakpointsValues), [breakpointsValues]);
  return (
    <Admin
      disableTelemetry
      requireAuth
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      theme={theme}
      layout={Layout}
      dashboard={Home}
      loginPage={AdminLoginPage}
      accessDenied={AccessDenied}
      catchAll={NotFound}
    >
      {resourcesFor}
    </Admin>
  );
};
