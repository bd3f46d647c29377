import { useCallback, useEffect, useRef, useState } from 'react';
import { type HttpError, useLogoutIfAccessDenied } from 'react-admin';
import { httpClient } from '../dataProvider';

export interface ApiGet<T> {
  data: T | undefined;
  error: HttpError | undefined;
  loading: boolean;
  refetch: () => void;
}

/**
 * GET an API route outside the simple-REST protocol (briefing, funding overview…); keeps the last data while
 * reloading. A change of `refreshKey` (or a call to `refetch`) loads it again.
 */
export const useApiGet = <T>(url: string | null, refreshKey?: unknown): ApiGet<T> => {
  // A ref: the effect must not rerun when react-admin hands a new callback.
  const logoutIfAccessDenied = useRef(useLogoutIfAccessDenied());
  const [state, setState] = useState<{ data?: T; error?: HttpError; loading: boolean }>({ loading: url !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (url === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    httpClient(url).then(
      ({ json }) => current && setState({ data: json as T, loading: false }),
      (error: HttpError) => {
        if (!current) return;
        setState((previous) => ({ data: previous.data, error, loading: false }));
        void logoutIfAccessDenied.current(error);
      },
    );
    return () => {
      current = false;
    };
  }, [url, tick, refreshKey]);
  const refetch = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
};
