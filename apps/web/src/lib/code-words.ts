/** Acronyms the engine's codes hold, kept in capitals: HRV_ABOVE_BAND -> "HRV above band", never "Hrv above band". */
const ACRONYMS = new Set(['HRV', 'ACWR', 'CTL', 'ATL', 'TSB', 'RPE']);

/** Codes written with a hyphen, as the engine's own text writes them ("the pre-competition phase"). */
const HYPHENATED: Record<string, string> = { PRE_COMPETITION: 'pre-competition' };

/**
 * An engine code in words: RECOVERY_DOWN_WEEK -> "Recovery down week", HRV_NOTE -> "HRV note", PRE_COMPETITION ->
 * "Pre-competition". `capital: false` for the middle of a sentence ("recovery down week", "HRV note").
 */
export function codeWords(code: string, { capital = true }: { capital?: boolean } = {}): string {
  const text =
    HYPHENATED[code] ??
    code
      .split('_')
      .filter((w) => w !== '')
      .map((w) => (ACRONYMS.has(w) ? w : w.toLowerCase()))
      .join(' ');
  return capital ? text.replace(/^./, (c) => c.toUpperCase()) : text;
}
