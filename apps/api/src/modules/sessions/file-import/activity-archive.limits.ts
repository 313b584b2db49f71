/** Largest zip archive accepted for a bulk import: one constant with the web app, which says it (libs/common). */
export { MAX_ARCHIVE_BYTES } from '@app/common';
