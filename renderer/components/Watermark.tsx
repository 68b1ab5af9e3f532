import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { watermarkText, watermarkTiles } from './watermark-text';

/**
 * The reader's name and the date over a material (issue 9, point 10): faint, slanted, repeated,
 * above the page but never in the way: it takes no clicks, no selection and no screen reader's
 * time, and it follows the view's size as it scrolls or resizes.
 */
export function Watermark(props: {
  readonly readerName: string;
  /** The date shown; today by default. */
  readonly now?: Date;
  readonly children: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setSize({ width: element.scrollWidth, height: element.scrollHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const text = watermarkText(props.readerName, props.now ?? new Date());
  return (
    <div className="watermarked" ref={frame}>
      {props.children}
      <div className="watermark" aria-hidden="true" data-testid="watermark">
        {watermarkTiles(size.width, size.height).map(({ x, y }) => (
          <span key={`${x},${y}`} className="watermark-tile" style={{ left: x, top: y }}>
            {text}
          </span>
        ))}
      </div>
    </div>
  );
}
