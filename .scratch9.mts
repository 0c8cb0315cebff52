import { solutionIntentSchema } from './src/scenario/schema/intent.ts';
import { z } from 'zod';
const r = z.union([solutionIntentSchema, z.array(solutionIntentSchema)]).safeParse({ type: 'diagnoze', cause: 'x' });
console.log(JSON.stringify(r.error!.issues, (k, v) => k === 'values' || k === 'options' ? `[${v.length}]` : v, 1).slice(0, 3000));
