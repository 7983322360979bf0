// Test data for the podcast: a minimal but valid M4A file (MPEG-4 audio with one AAC track header).

const box = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length);
  header.write(type, 4, "latin1");
  return Buffer.concat([header, body]);
};
const u32 = (...n: number[]) => Buffer.concat(n.map((v) => Buffer.from([v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255])));
const u16 = (...n: number[]) => Buffer.concat(n.map((v) => Buffer.from([v >>> 8, v & 255])));

/** An M4A file whose header says it lasts `seconds` (it holds no samples: enough for checks, not for playing). */
export function m4aHeader(seconds: number): Buffer {
  const rate = 44100;
  const mp4a = box("mp4a", Buffer.alloc(6), u16(1), u32(0, 0), u16(2, 16, 0, 0), u32(rate * 65536));
  const stbl = box("stbl", box("stsd", u32(0, 1), mp4a), box("stsz", u32(0, 0, 0)));
  const mdia = box(
    "mdia",
    box("mdhd", u32(0, 0, 0, rate, rate * seconds), u16(0x55c4, 0)),
    box("hdlr", u32(0, 0), Buffer.from("soun"), u32(0, 0, 0), Buffer.from([0])),
    box("minf", stbl),
  );
  const tkhd = box("tkhd", u32(0, 0, 0, 1, 0, seconds * 1000, 0, 0), Buffer.alloc(8), Buffer.alloc(36), u32(0, 0));
  return Buffer.concat([box("ftyp", Buffer.from("M4A "), u32(0), Buffer.from("M4A isom")), box("moov", box("trak", tkhd, mdia))]);
}
