import { buildZip } from '../../../../../../test/helpers/zip';
import { isZip, readZip, ZipError } from './zip-reader';

describe(readZip.name, () => {
  const gpx = Buffer.from('<gpx version="1.1"></gpx>'.repeat(100));

  it('should list files (not folders) and read stored and deflated entries back byte for byte', () => {
    const zip = buildZip([
      { name: 'activities/1.gpx', data: gpx },
      { name: 'activities/2.fit', data: Buffer.from([1, 2, 3]), stored: true },
      { name: 'ünïcode/3.tcx', data: Buffer.from('x') },
    ]);

    const entries = readZip(zip, 1024 * 1024);

    expect(isZip(zip)).toBe(true);
    expect(entries.map((e) => e.name)).toEqual(['activities/1.gpx', 'activities/2.fit', 'ünïcode/3.tcx']);
    expect(entries[0].read()).toEqual(gpx);
    expect(entries[0].compressedSize).toBeLessThan(gpx.length);
    expect(entries[1].read()).toEqual(Buffer.from([1, 2, 3]));
  });

  it('should refuse to inflate an entry beyond the limit, whatever its header claims (zip bomb)', () => {
    const bomb = buildZip([{ name: 'bomb.gpx', data: Buffer.alloc(5 * 1024 * 1024) }]);
    // Lie about the size in the central directory: the inflater's own limit still stops it.
    const cd = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(100, cd + 24);

    const [entry] = readZip(bomb, 1024 * 1024);

    expect(() => entry.read()).toThrow(ZipError);
    expect(() => entry.read()).toThrow(/more than 1048576 bytes/);
  });

  it('should refuse encrypted entries and archives without a table of contents', () => {
    const zip = buildZip([{ name: 'secret.fit', data: Buffer.from('x') }]);
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(zip.readUInt16LE(cd + 8) | 1, cd + 8);

    expect(() => readZip(zip, 1024)[0].read()).toThrow(/encrypted/);
    expect(() => readZip(zip.subarray(0, zip.length - 22), 1024)).toThrow(/no table of contents/);
    expect(isZip(Buffer.from('<gpx/>'))).toBe(false);
  });
});
