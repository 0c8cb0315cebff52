// Root component: the 3D viewport with the HUD overlaid.
import { Hud } from './hud/hud.tsx';
import { Viewport } from './scene/viewport.tsx';

export function App() {
  return (
    <div className="wt-app">
      <Viewport />
      <Hud />
    </div>
  );
}
