/// <reference types="astro/client" />
// Astro's ambient types (import.meta.env, *.astro, astro:content) even before `astro sync` has
// written .astro/types.d.ts.

// `tsc` does not read .astro files; for the .ts modules that import components (the MDX
// component map) a component is a component. `astro check` sees the real types.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
