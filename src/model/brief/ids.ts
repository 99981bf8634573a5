/**
 * What an id is: a lowercase slug, so it is safe in URLs, file names and messages. Its own module, free of the
 * schema (zod), so the page can check a link's ids without loading the validator.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
