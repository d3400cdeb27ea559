/**
 * The Astro component for each name in the MDX component table (src/mdx/components.ts), to pass
 * to a generated file's `Content`: `<Content only={id} components={mdxComponents} />`.
 * Editorial `.mdx` pages can use the same components.
 */
import type { MdxComponentName } from '../../mdx/components';
import ArticleLink from './ArticleLink.astro';
import Item from './Item.astro';
import List from './List.astro';
import Para from './Para.astro';
import Part from './Part.astro';
import ProgrammeLink from './ProgrammeLink.astro';
import Recommendation from './Recommendation.astro';
import SourceLinks from './SourceLinks.astro';

export const mdxComponents = { Recommendation, Part, Para, List, Item, SourceLinks, ArticleLink, ProgrammeLink } satisfies Record<MdxComponentName, unknown>;
