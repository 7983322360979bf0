/**
 * Silent MP3 audio for the demo episodes: MPEG-1 Layer III frames, 48 kHz, 32 kbit/s, mono.
 * Each frame is 96 bytes (4 header + 17 side information + 75 main data) and lasts 1152 samples
 * = 24 ms; with all side information and data zero, every decoder plays it as silence.
 */
const frameBytes = 96;
const frameSeconds = 1152 / 48000;
const header = [0xff, 0xfb, 0x14, 0xc4];

/** A valid MP3 file of about `seconds` seconds of silence (rounded up to whole frames). */
export function silentMp3(seconds: number): Buffer {
  const frames = Math.max(1, Math.ceil(seconds / frameSeconds - 1e-9));
  const data = Buffer.alloc(frames * frameBytes);
  for (let index = 0; index < frames; index++) data.set(header, index * frameBytes);
  return data;
}
