import { useRef, useState } from 'preact/hooks';
import type { Region } from '../../lib/evidence/redact';
import { useI18n } from '../i18n';
import { BlobImage } from './BlobImage';

/**
 * Marks rectangles on a screenshot by dragging. Regions are kept in the image's own pixels
 * (the display may be scaled down), so the redacted copy covers exactly what was marked.
 */
export function RedactTool({
  sha256,
  onSave,
}: {
  sha256: string;
  onSave: (regions: Region[]) => Promise<void>;
}) {
  const { t } = useI18n();
  const [regions, setRegions] = useState<Region[]>([]);
  const [drag, setDrag] = useState<{ x: number; y: number; x2: number; y2: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const image = useRef<HTMLImageElement | null>(null);

  /** Pointer position in image pixels. */
  const at = (event: PointerEvent) => {
    const img = image.current;
    if (!img) return { x: 0, y: 0 };
    const box = img.getBoundingClientRect();
    const scale = img.naturalWidth / box.width;
    return { x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale };
  };
  const scale = () => {
    const img = image.current;
    return img && img.naturalWidth ? img.getBoundingClientRect().width / img.naturalWidth : 1;
  };
  const box = (r: Region) => {
    const s = scale();
    return {
      left: `${Math.min(r.x, r.x + r.width) * s}px`,
      top: `${Math.min(r.y, r.y + r.height) * s}px`,
      width: `${Math.abs(r.width) * s}px`,
      height: `${Math.abs(r.height) * s}px`,
    };
  };

  return (
    <div class="redact-tool">
      <p class="muted">{t('locker.redactHint')}</p>
      <div
        class="redact"
        onPointerDown={(event) => {
          // No native image drag: it would cancel the pointer stream.
          event.preventDefault();
          const p = at(event);
          (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
          setDrag({ x: p.x, y: p.y, x2: p.x, y2: p.y });
        }}
        onPointerMove={(event) => {
          if (!drag) return;
          const p = at(event);
          setDrag({ ...drag, x2: p.x, y2: p.y });
        }}
        onPointerUp={() => {
          if (!drag) return;
          const region = {
            x: drag.x,
            y: drag.y,
            width: drag.x2 - drag.x,
            height: drag.y2 - drag.y,
          };
          if (Math.abs(region.width) > 2 && Math.abs(region.height) > 2) {
            setRegions([...regions, region]);
          }
          setDrag(null);
        }}
      >
        <BlobImage
          sha256={sha256}
          alt=""
          onLoad={(img) => {
            image.current = img;
          }}
        />
        {regions.map((r, i) => (
          <span key={i} class="redact__mark" style={box(r)} />
        ))}
        {drag && (
          <span
            class="redact__mark"
            style={box({ x: drag.x, y: drag.y, width: drag.x2 - drag.x, height: drag.y2 - drag.y })}
          />
        )}
      </div>
      <div class="locker__bar">
        <button
          type="button"
          class="button button--primary redact__save"
          disabled={regions.length === 0 || busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onSave(regions);
              setRegions([]);
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('locker.redactSave')}
        </button>
        <button type="button" class="button" onClick={() => setRegions([])}>
          {t('locker.redactClear')}
        </button>
      </div>
    </div>
  );
}
