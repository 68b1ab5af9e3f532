/**
 * A file dropped anywhere but on a drop zone does nothing: by default Chromium would navigate the
 * window to it (main refuses the navigation, but the page would flash). Drop zones handle their
 * own events first and stop them.
 */
import { useEffect } from 'react';

export function useNoFileNavigation(): void {
  useEffect(() => {
    const refuse = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);
}
