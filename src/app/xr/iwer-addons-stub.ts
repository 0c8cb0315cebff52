// Stand-ins for IWER's developer UI and synthetic environments. The app installs IWER itself (xr-support.ts) and
// never uses them, but @react-three/xr's built-in emulator imports them; aliasing them here (vite.config.ts) keeps
// ~1.7 MB of environment meshes out of the build.
export class DevUI {}
export class SyntheticEnvironmentModule {}
