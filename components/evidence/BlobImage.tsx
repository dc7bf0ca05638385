import { useBlobUrl } from '../data/evidence';

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
  const url = useBlobUrl(sha256);
  if (!url) return <span class={className} aria-hidden="true" />;
  return (
    <img src={url} alt={alt} class={className} onLoad={(event) => onLoad?.(event.currentTarget)} />
  );
}
