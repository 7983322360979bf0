/**
 * Who runs the platform. Every value is a placeholder ("Beispielangaben") until the operator
 * enters its real data; Impressum, Datenschutz and Barrierefreiheit read them from here.
 */
export const operator = {
  name: "Muster-Trägergesellschaft Kommune 360° gGmbH",
  street: "Beispielstraße 12",
  postcode: "10115",
  city: "Berlin",
  legalForm: "gemeinnützige Gesellschaft mit beschränkter Haftung (gGmbH)",
  representatives: "Dr. Maria Beispiel und Tom Muster (Geschäftsführung)",
  phone: "+49 30 1234567-0",
  email: "kontakt@k360.example",
  register: "Amtsgericht Charlottenburg (Berlin), HRB 000000 B",
  vatId: "DE000000000",
  editorial: "Lena Probe, Anschrift wie oben",
  privacyOfficer: { name: "Datenschutzbeauftragte:r der Muster-Trägergesellschaft", email: "datenschutz@k360.example" },
  accessibilityEmail: "barrierefreiheit@k360.example",
  supervisoryAuthority: {
    name: "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    address: "Alt-Moabit 59–61, 10555 Berlin",
    website: "www.datenschutz-berlin.de",
  },
};

/** The federal conciliation body for accessibility disputes (§ 16 BGG); real data, shown as text. */
export const conciliation = {
  name: "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen",
  street: "Mauerstraße 53",
  city: "10117 Berlin",
  phone: "030 18 527-2805",
  email: "info@schlichtungsstelle-bgg.de",
  website: "www.schlichtungsstelle-bgg.de",
};

/** When the accessibility statement was written and last checked (ISO dates). */
export const accessibilityReview = { createdOn: "2026-11-22", reviewedOn: "2026-11-22" };
