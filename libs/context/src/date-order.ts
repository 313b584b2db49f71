/**
 * The order in which an athlete writes a date in figures ("15/12", "15.12.", "12/15"): the one place that says it.
 * The detector knows the athlete's IANA zone and nothing of their locale, so the zone decides:
 *
 * - MONTH_FIRST (12/15) in the zones of the United States (with their old names, US/Eastern …), of the US
 *   territories in the Pacific (Guam, the Northern Marianas, American Samoa, the minor outlying islands), and of
 *   the Philippines. Not the rest of the Americas: America/Sao_Paulo or America/Mexico_City write day first.
 *   Figures month first cannot make a date of are read day first ("15/12-17/12" in Chicago is 15–17 December).
 * - EITHER in Canada and Puerto Rico, where both orders are in everyday use (English and French Canada share
 *   America/Toronto): a date is read only when one order alone makes a date of it ("15/12" is 15 December in
 *   any order; "3/1" is left unread).
 * - DAY_FIRST (15/12, 15.12.) everywhere else (Europe, the UK, Australia and New Zealand, Latin America …), for a
 *   fixed offset (Etc/GMT+5) or an unknown zone, and without a zone (the corpus, the bench).
 */
export type DateOrder = 'DAY_FIRST' | 'MONTH_FIRST' | 'EITHER';

/** Zones of the United States (tzdata zone.tab, country US, and their links) and of the places that write as it does. */
const MONTH_FIRST_ZONES = new Set([
  'America/Adak',
  'America/Anchorage',
  'America/Atka',
  'America/Boise',
  'America/Chicago',
  'America/Denver',
  'America/Detroit',
  'America/Fort_Wayne',
  'America/Indianapolis',
  'America/Juneau',
  'America/Knox_IN',
  'America/Los_Angeles',
  'America/Louisville',
  'America/Menominee',
  'America/Metlakatla',
  'America/New_York',
  'America/Nome',
  'America/Phoenix',
  'America/Shiprock',
  'America/Sitka',
  'America/Yakutat',
  'Navajo',
  'Pacific/Honolulu',
  'Pacific/Johnston',
  'Pacific/Midway',
  'Pacific/Wake',
  'Pacific/Guam',
  'Pacific/Saipan',
  'Pacific/Pago_Pago',
  'Pacific/Samoa',
  'Asia/Manila',
]);
const MONTH_FIRST_PREFIXES = ['US/', 'America/Indiana/', 'America/Kentucky/', 'America/North_Dakota/'];

/** Zones of Canada (zone.tab, country CA, and their links) and of Puerto Rico and the US Virgin Islands. */
const EITHER_ZONES = new Set([
  'America/Atikokan',
  'America/Blanc-Sablon',
  'America/Cambridge_Bay',
  'America/Coral_Harbour',
  'America/Creston',
  'America/Dawson',
  'America/Dawson_Creek',
  'America/Edmonton',
  'America/Fort_Nelson',
  'America/Glace_Bay',
  'America/Goose_Bay',
  'America/Halifax',
  'America/Inuvik',
  'America/Iqaluit',
  'America/Moncton',
  'America/Montreal',
  'America/Nipigon',
  'America/Pangnirtung',
  'America/Rainy_River',
  'America/Rankin_Inlet',
  'America/Regina',
  'America/Resolute',
  'America/St_Johns',
  'America/Swift_Current',
  'America/Thunder_Bay',
  'America/Toronto',
  'America/Vancouver',
  'America/Whitehorse',
  'America/Winnipeg',
  'America/Yellowknife',
  'America/Puerto_Rico',
  'America/St_Thomas',
  'America/Virgin',
]);
const EITHER_PREFIXES = ['Canada/'];

/** The order in which an athlete in this IANA zone writes a date in figures. */
export function dateOrderOf(timezone: string | undefined): DateOrder {
  if (!timezone) return 'DAY_FIRST';
  if (MONTH_FIRST_ZONES.has(timezone) || MONTH_FIRST_PREFIXES.some((p) => timezone.startsWith(p)))
    return 'MONTH_FIRST';
  if (EITHER_ZONES.has(timezone) || EITHER_PREFIXES.some((p) => timezone.startsWith(p))) return 'EITHER';
  return 'DAY_FIRST';
}
