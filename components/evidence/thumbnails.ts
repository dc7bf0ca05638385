import { useEffect, useRef } from 'preact/hooks';
import { evidence } from '../../lib/client/evidence';

/**
 * Fills `img.locker__thumb[data-sha]` elements with their screenshot once they scroll into view.
 * One observer and plain `<img>` elements instead of a component per row keep a list of a
 * thousand records quick to render. Object URLs are shared per hash and revoked on unmount.
 */
export function useLazyThumbnails(...deps: unknown[]): void {
  const urls = useRef(new Map<string, Promise<string | null>>());
  const observer = useRef<IntersectionObserver | null>(null);

  useEffect(() => {
    const cache = urls.current;
    const load = (sha: string) => {
      let url = cache.get(sha);
      if (!url) {
        url = evidence
          .blob(sha)
          .then((blob) =>
            blob ? URL.createObjectURL(new Blob([blob.bytes], { type: blob.mimeType })) : null,
          );
        cache.set(sha, url);
      }
      return url;
    };
    observer.current = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const image = entry.target as HTMLImageElement;
        observer.current?.unobserve(image);
        const sha = image.dataset.sha;
        if (!sha) continue;
        void load(sha).then((url) => {
          if (url && image.dataset.sha === sha) image.src = url;
        });
      }
    });
    return () => {
      observer.current?.disconnect();
      for (const url of cache.values()) {
        void url.then((u) => u && URL.revokeObjectURL(u));
      }
      cache.clear();
    };
  }, []);

  useEffect(() => {
    const current = observer.current;
    if (!current) return;
    for (const image of document.querySelectorAll<HTMLImageElement>(
      'img.locker__thumb[data-sha]:not([src])',
    )) {
      current.observe(image);
    }
  }, deps);
}
