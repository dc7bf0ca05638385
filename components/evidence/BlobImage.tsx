import { useEffect, useRef, useState } from 'preact/hooks';
import { openEvidenceDb } from '../../lib/evidence/db';
import { getBlob } from '../../lib/evidence/store';

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
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    });
    observer.observe(holder.current);
    return () => observer.disconnect();
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
