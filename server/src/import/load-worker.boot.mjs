// Worker entry of a load: TypeScript modules need tsx's loader registered in this thread before
// they are imported (Node 20 does not apply --import hooks to a worker's entry).
import { register } from 'tsx/esm/api';

register();
await import('./load-worker.ts');
