/**
 * Ids of passages (paragraph, list, list item) on article pages: `r-<rec id>-grevio-3`,
 * `r-<rec id>-response-2-b`. One pattern for the build (which lists their source pages) and the
 * browser (which pairs them with Pagefind's anchors); anchored at `r-` so a heading id whose slug
 * happens to end in `-grevio-2` is never taken for a passage.
 */
export const PASSAGE_ANCHOR = /^r-[a-z0-9-]+-\d{2,}-(?:grevio|response)-\d+(?:-[a-z0-9]+)?$/;
