/** German strings of the planning areas: problems found in a file, messages next to fields, labels. */

/** Problems of one area, kept with it and shown in its row. */
export const problemTexts = {
  ringOpen: "{n} Ring(e) waren nicht geschlossen; wir haben sie geschlossen.",
  ringShort: "{n} Ring(e) hatten weniger als vier Punkte und wurden weggelassen.",
  selfIntersection: (place: string) => `Die Umrisslinie schneidet oder berührt sich selbst (bei ${place}).`,
  noGeometry: "Keine Geometrie: Das Gebiet erscheint auf keiner Karte, bis eine Fläche hochgeladen ist.",
  notPolygon: (type: string) => `Die Geometrie ist keine Fläche (${type}); sie wurde nicht übernommen.`,
  outsideGermany: "Liegt (teilweise) außerhalb Deutschlands. Meist ist das Koordinatensystem falsch angegeben – bitte prüfen Sie es und importieren Sie neu.",
  farFromOthers: (distance: string) => `Liegt ${distance} von allen anderen Gebieten entfernt. Gehört es wirklich zu dieser Kommune?`,
  overlap: (otherKey: string, size: string) => `Überschneidet sich auf etwa ${size} mit Gebiet ${otherKey}.`,
  overlapUnchecked: (otherKey: string) => `Die Überschneidung mit Gebiet ${otherKey} ließ sich nicht prüfen (ungültige Geometrie).`,
  gap: (size: string, place: string) => `Grenzt an eine Lücke von etwa ${size}, die keinem Gebiet gehört (bei ${place}).`,
  gapsUnchecked: "Lücken zwischen den Gebieten ließen sich nicht prüfen (ungültige Geometrie).",
  unknownParent: (parent: string) => `Der Oberbezirk-Schlüssel „${parent}“ gehört zu keinem Gebiet dieses Stands.`,
};

/** Why a whole file is refused (nothing is stored); each names the place. */
export const fileTexts = {
  noFile: "Bitte wählen Sie eine Datei aus (GeoJSON oder gezipptes Shapefile).",
  noGeometryFile: "Bitte wählen Sie eine GeoJSON-Datei mit der Fläche dieses Gebiets aus.",
  tooLarge: "Die Datei ist größer als 50 MB. Bitte teilen Sie sie auf oder vereinfachen Sie die Geometrie in Ihrem GIS.",
  notJson: (detail: string) => `Die Datei ist kein gültiges GeoJSON: ${detail}`,
  notCollection: (type: string) => `Die Datei ist keine GeoJSON-FeatureCollection (gefunden: ${type}).`,
  noFeatures: "Die Datei enthält keine Objekte.",
  noPolygons: "Die Datei enthält keine Flächen (Polygon oder MultiPolygon). Planungsräume brauchen Flächen.",
  badZip: "Die ZIP-Datei ließ sich nicht öffnen.",
  zipTooLarge: "Die ZIP-Datei ist entpackt größer als 200 MB.",
  zipWithoutShp: "In der ZIP-Datei fehlt die .shp-Datei des Shapefiles.",
  zipWithoutDbf: "In der ZIP-Datei fehlt die .dbf-Datei mit den Eigenschaften (Schlüssel, Name).",
  zipManyShp: (names: string) => `Die ZIP-Datei enthält mehrere Shapefiles (${names}). Bitte laden Sie eines auf einmal hoch.`,
  badShapefile: "Das Shapefile ließ sich nicht lesen. Bitte exportieren Sie es erneut aus Ihrem GIS (mit .shp, .dbf und .prj).",
  unknownType: "Bitte laden Sie eine GeoJSON-Datei (.geojson, .json) oder ein gezipptes Shapefile (.zip) hoch.",
  unsupportedCrs: (name: string) =>
    `Das Koordinatensystem „${name}“ wird nicht unterstützt. Bitte exportieren Sie die Gebiete in WGS 84 (EPSG:4326) oder ETRS89/UTM (EPSG:25832, EPSG:25833).`,
  crsMissing:
    "Die Datei nennt kein Koordinatensystem, und die Koordinaten sind keine Längen- und Breitengrade. Bitte wählen Sie das Koordinatensystem aus, in dem die Datei gespeichert wurde.",
  objectAt: (number: number, key: string | null) => (key ? `Objekt ${number} (Schlüssel ${key})` : `Objekt ${number}`),
  missingKey: (place: string, tried: string) => `${place}: Kein Schlüssel gefunden (gesucht in der Eigenschaft ${tried}).`,
  missingName: (place: string, tried: string) => `${place}: Kein Name gefunden (gesucht in der Eigenschaft ${tried}).`,
  duplicateKey: (place: string, first: number) => `${place}: Der Schlüssel kommt schon bei Objekt ${first} vor. Jeder Schlüssel darf nur einmal vorkommen.`,
  longValue: (place: string, what: string) => `${place}: ${what} ist länger als 200 Zeichen.`,
  moreErrors: (count: number) => `… und ${count} weitere Fehler.`,
  tooMany: (max: number) => `Die Datei enthält mehr als ${max} Gebiete.`,
};

/** The plain list of areas typed into a textarea. */
export const listTexts = {
  empty: "Bitte tragen Sie mindestens ein Gebiet ein: eine Zeile je Gebiet, Schlüssel;Name.",
  line: (line: number, message: string) => `Zeile ${line}: ${message}`,
  noName: "Nach dem Schlüssel fehlt der Name (Schlüssel;Name).",
  noKey: "Der Schlüssel fehlt.",
  duplicate: (first: number) => `Der Schlüssel steht schon in Zeile ${first}.`,
  tooLong: "Schlüssel, Name und Oberbezirk dürfen je höchstens 200 Zeichen lang sein.",
  tooMany: (max: number) => `Die Liste hat mehr als ${max} Gebiete.`,
};

/** Editing one area. */
export const editTexts = {
  name: "Bitte geben Sie den Namen des Gebiets ein.",
  parentUnknown: "Zu diesem Schlüssel gibt es im aktuellen Stand kein Gebiet.",
  parentSelf: "Ein Gebiet kann nicht sein eigener Oberbezirk sein.",
  geometryNotPolygon: "Die Datei enthält keine Fläche. Erwartet wird ein GeoJSON-Feature oder eine Geometrie vom Typ Polygon oder MultiPolygon.",
  oldCut: "Dieses Gebiet gehört zu einem früheren Stand und kann nicht mehr geändert werden.",
};

export const notices: Record<string, string> = {
  importiert: "Die Planungsräume wurden als neuer Stand übernommen.",
  liste: "Die Liste wurde als neuer Stand übernommen. Geometrien können Sie je Gebiet nachtragen.",
  gespeichert: "Das Gebiet wurde gespeichert.",
  geometrie: "Die Geometrie des Gebiets wurde übernommen.",
};

export const fieldLabels: Record<string, string> = {
  datei: "Datei",
  key: "Eigenschaft mit dem Schlüssel",
  name: "Eigenschaft mit dem Namen",
  parent: "Eigenschaft mit dem Oberbezirk-Schlüssel",
  crs: "Koordinatensystem",
  liste: "Gebiete",
  label: "Bezeichnung des Stands",
};

export const areaLabels: Record<string, string> = {
  name: "Name",
  parentKey: "Oberbezirk-Schlüssel",
  datei: "Geometrie (GeoJSON)",
  crs: "Koordinatensystem",
};

export const sourceLabels: Record<string, string> = { import: "Datei-Import", list: "Liste" };

/** Properties tried in this order when the form leaves the field empty. */
export const defaultKeyProperties = ["schluessel", "key", "id"];
export const defaultNameProperties = ["name", "bezeichnung"];
