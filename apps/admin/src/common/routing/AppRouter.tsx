import type { ReactElement } from 'react';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';

/**
 * The app's one hash router, whose navigations are plain (urgent) state updates; react-admin uses it instead of its own.
 *
 * react-router 7 (what npm installs for react-admin's peer range) wraps every navigation in React.startTransition, and
 * react-admin's own router cannot turn that off. Signing out (or opening a protected address anonymously), react-admin
 * navigates to the login page and in the same tick clears its query cache and store: urgent updates that re-render the
 * protected routes, whose catch-all signs out again… The transition to the login page kept being interrupted until
 * React expired it: 10–12 s of blank page and ~5,000 sign-outs on a first visit (issue 14, point 1).
 */
export const createAppRouter = (app: ReactElement) => {
  const router = createHashRouter([{ path: '*', element: app }]);
  return () => <RouterProvider router={router} useTransitions={false} />;
};
