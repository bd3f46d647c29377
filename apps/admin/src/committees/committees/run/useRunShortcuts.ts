import { useEffect } from 'react';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Alt+← / Alt+→ anywhere, PageUp / PageDown outside input fields: previous / next laureate.
 * Ignored while a dialog is open (the closing confirmation).
 */
export const useRunShortcuts = (move: (delta: -1 | 1) => void) => {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (document.querySelector('[role="dialog"]')) return;
      let delta: -1 | 1 | 0 = 0;
      if (event.altKey) delta = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
      else if (!isTyping(event.target)) delta = event.key === 'PageUp' ? -1 : event.key === 'PageDown' ? 1 : 0;
      if (delta === 0) return;
      event.preventDefault(); // Alt+← would otherwise be the browser's "back"
      move(delta);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [move]);
};
