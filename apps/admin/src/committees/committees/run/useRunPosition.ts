import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-admin';

/**
 * The laureate shown, as `?item=N` (1-based) so that a reload or a shared link keeps it; moving focuses the
 * laureate's heading (not on first display, where focus stays at the top of the page).
 */
export const useRunPosition = (total: number) => {
  const location = useLocation();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const requested = Number.parseInt(new URLSearchParams(location.search).get('item') ?? '1', 10);
  const index = Math.min(Math.max(Number.isNaN(requested) ? 0 : requested - 1, 0), Math.max(total - 1, 0));

  const goTo = useCallback(
    (next: number) => {
      if (next < 0 || next >= total) return;
      moved.current = true;
      navigate({ pathname: location.pathname, search: `?item=${next + 1}` }, { replace: true });
    },
    [navigate, location.pathname, total],
  );

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  return { index, goTo, headingRef };
};
