// The PDFs (certificates, the Change-Guide) use the PDF standard font Helvetica, because no TTF/OTF of the design
// system's Fira Sans is available (only woff2, which pdfkit cannot read). Standard fonts
// only cover WinAnsi (Windows-1252), and pdfkit writes corrupt hex codes for any other
// character, so every drawn string has to pass through toWinAnsi first.

// Characters that WinAnsi places in 0x80–0x9F instead of the Latin-1 control codes.
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

// Letters that have no Unicode decomposition into a WinAnsi base letter plus accent.
const LETTER_FALLBACKS: Record<string, string> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  ħ: "h",
  Ħ: "H",
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}

/** Collapses whitespace: all inputs are single-line fields, a stray newline must not break the layout. */
function singleLine(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\p{Cc}]+/gu, " ")
    .trim();
}

/** Text as Helvetica can draw it: accents outside WinAnsi are dropped ("ș" → "s"), other characters become "?". */
export function toWinAnsi(text: string): string {
  return Array.from(singleLine(text), (char) => {
    if (isWinAnsi(char)) return char;
    const base = char.normalize("NFD").replace(/\p{M}/gu, "");
    if (base !== "" && Array.from(base).every(isWinAnsi)) return base;
    return LETTER_FALLBACKS[char] ?? "?";
  }).join("");
}

/**
 * Original text for /ActualText, so that screen readers and copy & paste get the exact
 * spelling of a name even where the drawn glyphs had to be simplified; undefined if nothing changed.
 */
export function actualTextFor(text: string): string | undefined {
  const original = singleLine(text);
  return toWinAnsi(original) === original ? undefined : original;
}

/**
 * pdfkit copies Title, Author and Subject unescaped into the XMP metadata (XML), so "&" or "<"
 * in a name would make the metadata invalid; full-width look-alikes keep the meaning readable.
 */
export function metadataText(text: string): string {
  return singleLine(text).replace(/&/g, "＆").replace(/</g, "＜").replace(/>/g, "＞");
}
