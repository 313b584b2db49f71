import fc from 'fast-check';
import {
  andList,
  cleanNote,
  fixed,
  fixedNumber,
  joined,
  purposeName,
  round1,
  round1Text,
  valueAndBand,
} from './format';

describe(joined.name, () => {
  it('should write any list with any separator as Array.prototype.join does', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (xs, sep) => {
        expect(joined(xs, sep)).toBe(xs.join(sep));
      }),
    );
  });
});

describe(andList.name, () => {
  it.each([
    [[], ''],
    [['Monday'], 'Monday'],
    [['Monday', 'Friday'], 'Monday and Friday'],
    [['Monday', 'Wednesday', 'Friday'], 'Monday, Wednesday and Friday'],
  ])('should write %j as %j', (xs, text) => {
    expect(andList(xs)).toBe(text);
  });

  it('should write any list as the slice-and-join it replaces does', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (xs) => {
        const joined =
          xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
        expect(andList(xs)).toBe(joined);
      }),
      { numRuns: 2000 },
    );
  });
});

describe(fixed.name, () => {
  it('should write every number as toFixed does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 6 }), (v, digits) => {
        expect(fixed(v, digits)).toBe(v.toFixed(digits));
      }),
      { numRuns: 5000 },
    );
  });

  it('should round ties and near-ties of the decimal expansion as toFixed does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9_999_999, max: 9_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(0, 0.5, 0.5 - 1e-9, 0.5 + 1e-9, 0.49999, 0.50001, 1e-12),
        (k, digits, offset) => {
          const v = (k + offset) / 10 ** digits;
          expect(fixed(v, digits)).toBe(v.toFixed(digits));
          expect(fixed(-v, digits)).toBe((-v).toFixed(digits));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('should keep the sign of a negative number that rounds to zero, and not of −0', () => {
    expect(fixed(-0.001, 2)).toBe('-0.00');
    expect(fixed(-0, 2)).toBe('0.00');
    expect(fixed(4.398, 2)).toBe('4.40');
  });
});

describe(fixedNumber.name, () => {
  it('should be the number its text reads as, for every number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 6 }), (v, digits) => {
        expect(Object.is(fixedNumber(v, digits), Number(fixed(v, digits)))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('should round ties and near-ties, and keep the sign of a negative that rounds to zero, as its text does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9_999_999, max: 9_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(0, 0.5, 0.5 - 1e-9, 0.5 + 1e-9, 0.49999, 0.50001, 1e-12),
        (k, digits, offset) => {
          const v = (k + offset) / 10 ** digits;
          expect(Object.is(fixedNumber(v, digits), Number(fixed(v, digits)))).toBe(true);
          expect(Object.is(fixedNumber(-v, digits), Number(fixed(-v, digits)))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
    expect(Object.is(fixedNumber(-0.01, 1), -0)).toBe(true);
    expect(fixedNumber(-1.05, 1)).toBe(Number((-1.05).toFixed(1)));
    expect(fixedNumber(-2.46, 1)).toBe(-2.5);
  });
});

describe(valueAndBand.name, () => {
  it('should give a value outside the band more decimals than its edge', () => {
    expect(valueAndBand(4.398, 4.4, 4.49)).toEqual(['4.398', '4.400', '4.490']);
  });
});

describe(round1Text.name, () => {
  it('should write every number as String(round1(v)) does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (v) => {
        expect(round1Text(v)).toBe(String(round1(v)));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000_000, max: 100_000_000 }),
        fc.double({ min: -1, max: 1 }),
        (k, f) => {
          const v = k / 10 + f / 20;
          expect(round1Text(v)).toBe(String(round1(v)));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('should write a negative value that rounds to zero as 0', () => {
    expect(round1Text(-0.04)).toBe('0');
    expect(round1Text(-0.05)).toBe(String(round1(-0.05)));
    expect(round1Text(45.25)).toBe(String(round1(45.25)));
    expect(round1Text(-3.96)).toBe('-4');
  });
});

describe(purposeName.name, () => {
  it('should name a session by its purpose up to a colon or a parenthesis, lower-cased inside a sentence', () => {
    expect(purposeName('Hill repeats: strong and tall uphill, easy jog down.')).toBe('hill repeats');
    expect(purposeName('Easy run (down week: intensity kept light) instead of hill repeats')).toBe(
      'easy run',
    );
  });

  it('should keep an initialism as it is written ("Tuesday\'s VO2max intervals", never "vO2max")', () => {
    expect(purposeName('VO2max intervals: hard but even')).toBe('VO2max intervals');
    expect(purposeName('HR drift check (easy)')).toBe('HR drift check');
  });
});

/** `cleanNote` as it was before its plain-note shortcut (`plainNote`): every replacement and trim, every time. */
function cleanNoteReference(note: string): string | null {
  let t = note.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
  if (/\d{4}-\d{2}-\d{2}/.test(t)) {
    t = t
      .replace(
        /\s*\(?(?:\b(?:from|on|until|till|to|through|between|since|by|after|before)\s+)?\d{4}-\d{2}-\d{2}(?:\s*(?:to|until|till|through|and|–|—|-)\s*\d{4}-\d{2}-\d{2})?\)?/gi,
        '',
      )
      .replace(/\s+/g, ' ')
      .replace(
        /(?:[\s,;:–—-]+|\s+(?:from|on|until|till|to|through|between|since|by|after|before|and))+$/i,
        '',
      )
      .replace(/^[\s,;:–—-]+/, '');
    t = t.replace(/\s+([,;:.])/g, '$1').trim();
  }
  t = t.replace(/^['‘’“”]+|['‘’“”]+$/g, '').trim();
  if (t.length > 120) {
    const cut = t.slice(0, 120);
    const at = cut.lastIndexOf(' ');
    t = `${(at > 60 ? cut.slice(0, at) : cut).replace(/(?:[\s,;:–—-]+|\s+(?:from|on|until|till|to|through|between|since|by|after|before|and))+$/i, '')}…`;
  }
  return /[\p{L}\p{N}]/u.test(t) ? t : null;
}

describe(cleanNote.name, () => {
  // Notes from the characters the rules look at: spaces of every kind, quotes, dashes, digits of dates, words.
  const piece = fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u180e',
    '\u2009',
    '\u3000',
    '\ufeff',
    '"',
    "'",
    '‘',
    '’',
    '“',
    '”',
    ',',
    ';',
    ':',
    '.',
    '-',
    '–',
    '(',
    ')',
    'a',
    'Knee',
    'sore',
    'from',
    'to',
    'and',
    '2026-12-08',
    '2026-12-10',
    '7',
    'é',
    '日',
  );
  it('should clean any note as the replacements and trims alone do', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const note = parts.join('');
        expect(cleanNote(note)).toBe(cleanNoteReference(note));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (note) => {
        expect(cleanNote(note)).toBe(cleanNoteReference(note));
      }),
      { numRuns: 3000 },
    );
  });
  it('should keep a plain note as it is', () => {
    expect(cleanNote('Client visit in Hamburg.')).toBe('Client visit in Hamburg.');
    expect(cleanNote('  "Knee"  sore ')).toBe("Knee' sore");
  });
});
