/** Largest zip archive accepted for a bulk import (a Strava export of a few thousand activities, no media). */
export const MAX_ARCHIVE_BYTES = 100 * 1024 * 1024;
