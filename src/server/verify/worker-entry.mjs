// Worker-thread bootstrap: workers start as plain Node, so register the TypeScript loader before importing the
// replay worker (the same loader bin/weldtwin.mjs uses; no build step).
import { register } from 'tsx/esm/api';

register();
await import('./replay-worker.ts');
