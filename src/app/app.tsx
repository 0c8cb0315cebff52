// Root component: the 3D viewport with the HUD overlaid, keyboard shortcuts installed.
import { useEffect } from 'react';
import { installShortcuts } from './controls/shortcuts.ts';
import { Hud } from './hud/hud.tsx';
import { Viewport } from './scene/viewport.tsx';

export function App() {
  useEffect(() => installShortcuts(window), []);
  return (
    <div className="wt-app">
      <Viewport />
      <Hud />
    </div>
  );
}
