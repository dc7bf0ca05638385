import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is fetched only after the page's first screen is on show: it renders
 * nothing until then, and starts loading in a task posted from the next animation frame, which
 * runs once that frame has been painted (an effect alone can run before the paint, when another
 * render flushes it). Extension pages keep the code that shows the essentials first (the
 * popup's problem, checklist and contacts) apart from what can come a moment later.
 */
export function deferred<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  return function Deferred(props: Props) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      let start: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        start = setTimeout(() => {
          loading ??= load().then((component) => (loaded = component));
          void loading.then(() => live && setReady(true));
        });
      });
      return () => {
        live = false;
        cancelAnimationFrame(frame);
        clearTimeout(start);
      };
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  };
}
