import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED = fileURLToPath(new URL('../../seeds/2025-07-10-nl-beleidsreactie-grevio-thematisch.txt', import.meta.url));
export const SEED_SLUG = '2025-07-10-nl-beleidsreactie-grevio-thematisch';
export const seedBytes = (): Buffer => readFileSync(SEED);
