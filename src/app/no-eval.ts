// zod 4 probes for eval (`new Function`) the first time it parses an object, to compile faster
// parsers. The page's Content-Security-Policy has no 'unsafe-eval', so the probe fails (safely) and is
// reported as a policy violation. Jitless mode never probes. Imported first by main.tsx.
import { z } from 'zod';

z.config({ jitless: true });
