import type { ReactNode } from 'react';

/**
 * The container of every data table. A table wider than the screen scrolls sideways inside it, so the
 * container takes keyboard focus: keyboard users can then scroll it with the arrow keys (WCAG 2.1.1).
 */
export function TableScroll({ children, className }: { children: ReactNode; className?: string }) {
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable
    <div className={className ? `table-wrap ${className}` : 'table-wrap'} tabIndex={0}>
      {children}
    </div>
  );
}
