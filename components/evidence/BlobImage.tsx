import { useEffect, useState } from 'preact/hooks';
import { openEvidenceDb } from '../../lib/evidence/db';
import { getBlob } from '../../lib/evidence/store';

/** An image from the evidence database (its object URL is revoked on unmount). */
export function BlobImage({
  sha256,
  alt,
  class: className,
  onLoad,
}: {
  sha256: string;
  alt: string;
  class?: string;
  onLoad?: (image: HTMLImageElement) => void;
}) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
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
  }, [sha256]);

  if (!url) return <span class={className} aria-hidden="true" />;
  return (
    <img src={url} alt={alt} class={className} onLoad={(event) => onLoad?.(event.currentTarget)} />
  );
}
