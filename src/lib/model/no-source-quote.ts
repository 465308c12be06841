/**
 * What an event with no quote says in this site's TimelineJS export, and what the TimelineJS
 * import therefore reads as no text of the slide's.
 */
export const NO_SOURCE_QUOTE = 'No source quote';
