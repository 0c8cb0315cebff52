// Root component: the 3D viewport with the HUD overlaid, keyboard shortcuts installed.
import { useEffect } from 'react';
import { installArcSound } from './audio/arc-sound.ts';
import { installShortcuts } from './controls/shortcuts.ts';
import { Hud } from './hud/hud.tsx';
import { Viewport } from './scene/viewport.tsx';

export function App() {
  useEffect(() => installShortcuts(window), []);
  useEffect(() => installArcSound(), []);
  return (
    <div className="wt-app">
      <Viewport />
      <Hud />
    </div>
  );
}
