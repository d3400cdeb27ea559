/// <reference types="astro/client" />
// Astro's ambient types (import.meta.env, *.astro, astro:content) even before `astro sync` has
// written .astro/types.d.ts.
