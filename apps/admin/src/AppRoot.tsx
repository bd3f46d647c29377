import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { App } from './App';
import { createAppRouter } from './common/routing/AppRouter';

// Loaded after the login page (main.tsx): react-admin, MUI, the whole DSFR stylesheet and its script.
startReactDsfr({ defaultColorScheme: 'light' });

/** The app with its router, made when shown: the router reads the address then (signed in, main.tsx has restored the one asked for). */
export const createAppRoot = () => createAppRouter(<App />);
