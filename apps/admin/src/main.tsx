import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppRouter } from './common/routing/AppRouter';

startReactDsfr({ defaultColorScheme: 'light' });
const AppRouter = createAppRouter(<App />);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRouter />
  </StrictMode>,
);
