import { render } from 'preact';
import { App } from './app.tsx';

/** Renders the console into `element`, talking to the Parley API at `apiBase` (default: this page's origin). */
export function mountConsole(element: HTMLElement, apiBase = location.origin): () => void {
  render(<App apiBase={apiBase.replace(/\/$/, '')} />, element);
  return () => render(null, element);
}

const root = document.getElementById('parley-console');
if (root) mountConsole(root, root.dataset.api || location.origin);
