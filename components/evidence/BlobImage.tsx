import { useEffect, useRef, useState } from 'preact/hooks';
import { openEvidenceDb } from '../../lib/evidence/db';
import { getBlob } from '../../lib/evidence/store';

/** One observer for every lazy image: a thousand rows must not mean a thousand observers. */
const waiting = new Map<Element, () => void>();
let sharedObserver: IntersectionObserver | null = null;
function whenVisible(element: Element, callback: () => void): () => void {
  sharedObserver ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      waiting.get(entry.target)?.();
      waiting.delete(entry.target);
      sharedObserver?.unobserve(entry.target);
    }
  });
  waiting.set(element, callback);
  sharedObserver.observe(element);
  return () => {
    waiting.delete(element);
    sharedObserver?.unobserve(element);
  };
}

/**
 * An image from the evidence database. With `lazy`, the bytes are read only once the image
 * scrolls into view, so a list of a thousand records stays quick.
 */
export function BlobImage({
  sha256,
  alt,
  class: className,
  lazy = false,
  onLoad,
}: {
  sha256: string;
  alt: string;
  class?: string;
  lazy?: boolean;
  onLoad?: (image: HTMLImageElement) => void;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const [visible, setVisible] = useState(!lazy);
  const holder = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (visible || !holder.current) return;
    return whenVisible(holder.current, () => setVisible(true));
  }, [visible]);

  useEffect(() => {
    if (!visible) return;
    let objectUrl: string | null = null;
    let cancelled = false;
    void openEvidenceDb()
      .then((db) => getBlob(db, sha256))
      .then((blob) => {
        if (!blob || cancelled) return;
        objectUrl = URL.createObjectURL(new Blob([blob.bytes], { type: blob.mimeType }));
        setUrl(objectUrl);
      });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [sha256, visible]);

  if (!url) return <span ref={holder} class={className} aria-hidden="true" />;
  return (
    <img src={url} alt={alt} class={className} onLoad={(event) => onLoad?.(event.currentTarget)} />
  );
}
