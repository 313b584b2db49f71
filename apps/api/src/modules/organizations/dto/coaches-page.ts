/** Page size of the `coaches` query: default and most. */
export const COACHES_PAGE = 100;
export const MAX_COACHES_PAGE = 200;
