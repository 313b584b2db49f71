/**
 * The largest uploads the API accepts, in one place for the API (which checks them) and the web app (which says
 * them): pure constants, no imports, so the browser bundle can take this file as it is.
 */

const MIB = 1024 * 1024;

/** Largest activity file (FIT, GPX, TCX, also gzipped) accepted. Checked before any parsing. */
export const MAX_ACTIVITY_FILE_BYTES = 20 * MIB;

/** Largest zip archive accepted for a bulk import (a Strava export of a few thousand activities, no media). */
export const MAX_ARCHIVE_BYTES = 100 * MIB;

/** A limit as people read it: 20971520 → "20 MB" (binary megabytes, as the limits are set). */
export const megabytes = (bytes: number): string => `${Math.round((bytes / MIB) * 10) / 10} MB`;
