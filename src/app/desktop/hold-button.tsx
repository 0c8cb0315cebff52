// A button that acts while held (enabling switch, jog): pointer or Space/Enter down starts, release stops.
// Leaving the button or losing the pointer also releases: a dead-man control must fail safe.
import { type ReactNode, useRef } from 'react';

export interface HoldButtonProps {
  onDown: () => void;
  onUp: () => void;
  className?: string;
  testId?: string;
  children: ReactNode;
  ariaLabel?: string;
}

export function HoldButton({ onDown, onUp, className, testId, children, ariaLabel }: HoldButtonProps) {
  const held = useRef(false);
  const down = () => {
    if (held.current) return;
    held.current = true;
    onDown();
  };
  const up = () => {
    if (!held.current) return;
    held.current = false;
    onUp();
  };
  return (
    <button
      type="button"
      className={className ?? 'wt-button wt-hold'}
      data-testid={testId}
      aria-label={ariaLabel}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture?.(e.pointerId);
        down();
      }}
      onPointerUp={up}
      onPointerCancel={up}
      onLostPointerCapture={up}
      onKeyDown={(e) => {
        if ((e.key === ' ' || e.key === 'Enter') && !e.repeat) {
          e.preventDefault();
          down();
        }
      }}
      onKeyUp={(e) => {
        if (e.key === ' ' || e.key === 'Enter') up();
      }}
      onBlur={up}
    >
      {children}
    </button>
  );
}
