/** The pages reached without signing in besides the login page (main.tsx loads the app for them, not the login page). */
export const PUBLIC_ROUTES = ['/forgot-password', '/set-password'];
