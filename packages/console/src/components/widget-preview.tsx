import { useEffect, useRef, useState } from 'preact/hooks';
import type { Experience } from '@parley/protocol';

/** The real `<parley-interview>` element, loaded from the API, showing `experience` as its welcome screen as you type. */
export function WidgetPreview({ api, experience }: { api: string; experience: Experience }) {
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (customElements.get('parley-interview')) return;
    // The widget bundle is served by the API, exactly as customers load it.
    import(/* @vite-ignore */ `${api}/widget/parley-interview.js`).catch(() => setFailed(true));
  }, [api]);
  useEffect(() => {
    let element = host.current?.querySelector('parley-interview') as (HTMLElement & { preview?: Experience; mode?: string }) | null;
    if (!element && host.current) {
      element = document.createElement('parley-interview');
      element.setAttribute('mode', 'inline');
      host.current.append(element);
    }
    // Set as a property once the element is defined: as an attribute it would arrive as "[object Object]".
    void customElements.whenDefined('parley-interview').then(() => {
      if (element) element.preview = { ...experience };
    });
  }, [experience]);
  return (
    <div class="preview">
      <p class="preview-label">Live preview: what participants see first</p>
      {failed ? <p class="notice">The widget could not be loaded from {api}/widget/: run <code>npm start</code>, which builds it.</p> : null}
      <div ref={host} class="preview-host" />
    </div>
  );
}
