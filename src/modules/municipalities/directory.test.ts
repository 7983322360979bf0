import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const get = (url: string) => site.app.inject({ method: "GET", url });
const rowNames = (html: string) =>
  [...html.matchAll(/<th class="kern-table__header" scope="row"><a class="kern-link" href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);

test("the directory lists all 401 Kreise and kreisfreie Städte, 145 kreisangehörige Städte and the districts of Berlin and Hamburg", async () => {
  const res = await get("/kommunen");
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /565 Kommunen gefunden – Seite 1 von 23/);
  assert.equal((await get("/api/v1/municipalities?typ=kreisangehoerige_stadt")).json().total, 145);
  assert.equal((await get("/api/v1/municipalities?typ=bezirk")).json().total, 19);
});

test("added authorities have their AGS, legal standing, parent and figures with their date", async () => {
  const stolberg = await get("/kommunen/05334032-stolberg-rhld");
  assert.equal(stolberg.statusCode, 200);
  assert.match(stolberg.body, /Kreisangehörige Stadt mit eigenem Jugendamt in Nordrhein-Westfalen/);
  assert.match(stolberg.body, /Stolberg \(Rhld\.\), Kupferstadt/);
  assert.match(stolberg.body, /href="\/kommunen\/05334-staedteregion-aachen"/);
  assert.match(stolberg.body, /56\.466/);
  assert.match(stolberg.body, /Stand 31\. Dezember 2019/);
  const kreuznach = await get("/kommunen/07133006-bad-kreuznach");
  assert.match(kreuznach.body, /Kreisangehörige Stadt mit eigenem Jugendamt in Rheinland-Pfalz/);
  assert.match(kreuznach.body, /href="\/kommunen\/07133-landkreis-bad-kreuznach"/);
  const region = (await get("/kommunen/05334-staedteregion-aachen")).body;
  for (const town of ["Aachen", "Alsdorf", "Baesweiler", "Eschweiler", "Herzogenrath", "Stolberg (Rhld.)", "Würselen"])
    assert.match(region, new RegExp(`>${town.replace(/[().]/g, "\\$&")}</a>`));
  const neuss = (await get("/kommunen/05162-rhein-kreis-neuss")).body;
  for (const town of ["Dormagen", "Grevenbroich", "Kaarst", "Meerbusch", "Neuss"]) assert.match(neuss, new RegExp(`>${town}</a>`));
  assert.doesNotMatch(neuss, />Korschenbroich<\/a>/, "the Kreis's own Jugendamt serves Korschenbroich");
  assert.match((await get("/kommunen/05314-bonn")).body, /Stand 31\. Dezember 2018/, "the Kreise keep the date of their figures");
});

test("the towns of a Kreis with their own Jugendamt are listed under it, those its Kreisjugendamt serves are not", async () => {
  const moers = await get("/kommunen/05170024-moers");
  assert.equal(moers.statusCode, 200);
  assert.match(moers.body, /Kreisangehörige Stadt mit eigenem Jugendamt in Nordrhein-Westfalen/);
  assert.match(moers.body, /href="\/kommunen\/05170-kreis-wesel"/);
  assert.match(moers.body, /103\.902/);
  const wesel = (await get("/kommunen/05170-kreis-wesel")).body;
  for (const town of ["Dinslaken", "Kamp-Lintfort", "Moers", "Rheinberg", "Voerde (Niederrhein)", "Wesel"])
    assert.match(wesel, new RegExp(`>${town.replace(/[()]/g, "\\$&")}</a>`));
  assert.doesNotMatch(wesel, />Xanten<\/a>/, "the Kreis's own Jugendamt serves Xanten");
  const unna = (await get("/kommunen/05978-kreis-unna")).body;
  for (const town of ["Bergkamen", "Kamen", "Lünen", "Schwerte", "Selm", "Unna", "Werne"]) assert.match(unna, new RegExp(`>${town}</a>`));
  assert.doesNotMatch(unna, />Bönen<\/a>/);
  assert.deepEqual(rowNames((await get("/kommunen?q=Guetersloh")).body), ["Gütersloh", "Kreis Gütersloh"]);
  const lippe = (await get("/kommunen/05766-kreis-lippe")).body;
  for (const town of ["Bad Salzuflen", "Detmold", "Lage", "Lemgo"]) assert.match(lippe, new RegExp(`>${town}</a>`));
  const dueren = (await get("/kommunen/05358-kreis-dueren")).body;
  assert.match(dueren, />Düren<\/a>/);
  assert.doesNotMatch(dueren, />Jülich<\/a>/, "the Kreisjugendamt serves every other town of the Kreis Düren");
  const borken = (await get("/kommunen/05554-kreis-borken")).body;
  for (const town of ["Ahaus", "Bocholt", "Borken", "Gronau (Westf.)"]) assert.match(borken, new RegExp(`>${town.replace(/[().]/g, "\\$&")}</a>`));
  assert.doesNotMatch(borken, />Stadtlohn<\/a>/);
  const herford = (await get("/kommunen/05758-kreis-herford")).body;
  for (const town of ["Bünde", "Herford", "Löhne"]) assert.match(herford, new RegExp(`>${town}</a>`));
  assert.doesNotMatch(herford, />Vlotho<\/a>/);
  assert.deepEqual(rowNames((await get("/kommunen?q=Paderborn")).body), ["Kreis Paderborn", "Paderborn"]);
  const ennepeRuhr = (await get("/kommunen/05954-ennepe-ruhr-kreis")).body;
  for (const town of ["Ennepetal", "Gevelsberg", "Hattingen", "Herdecke", "Schwelm", "Sprockhövel", "Wetter \\(Ruhr\\)", "Witten"])
    assert.match(ennepeRuhr, new RegExp(`>${town}</a>`));
  assert.doesNotMatch(ennepeRuhr, />Breckerfeld<\/a>/, "Ennepetal's Jugendamt serves Breckerfeld");
  const recklinghausen = (await get("/kommunen/05562-kreis-recklinghausen")).body;
  for (const town of ["Castrop-Rauxel", "Datteln", "Dorsten", "Gladbeck", "Haltern am See", "Herten", "Marl", "Oer-Erkenschwick", "Recklinghausen", "Waltrop"])
    assert.match(recklinghausen, new RegExp(`>${town}</a>`), "all ten Städte of the Kreis Recklinghausen run their own Jugendamt");
  const rheinErft = (await get("/kommunen/05362-rhein-erft-kreis")).body;
  for (const town of ["Brühl", "Frechen", "Hürth", "Kerpen", "Pulheim", "Wesseling"]) assert.match(rheinErft, new RegExp(`>${town}</a>`));
  assert.doesNotMatch(rheinErft, />Elsdorf<\/a>/, "no source confirms Elsdorf's own Jugendamt");
  assert.match((await get("/kommunen/05362032-kerpen")).body, /Kerpen, Kolpingstadt/);
});

test("the five towns of Rheinland-Pfalz and Konstanz, the only one in Baden-Württemberg, are listed with their own Jugendamt", async () => {
  const rlp = (await get("/api/v1/municipalities?land=07&typ=kreisangehoerige_stadt")).json();
  assert.equal(rlp.total, 5);
  const neuwied = await get("/kommunen/07138045-neuwied");
  assert.match(neuwied.body, /Kreisangehörige Stadt mit eigenem Jugendamt in Rheinland-Pfalz/);
  assert.match(neuwied.body, /href="\/kommunen\/07138-landkreis-neuwied"/);
  const konstanz = await get("/kommunen/08335043-konstanz");
  assert.match(konstanz.body, /Kreisangehörige Stadt mit eigenem Jugendamt in Baden-Württemberg/);
  assert.match(konstanz.body, /Konstanz, Universitätsstadt/);
  assert.match(konstanz.body, /href="\/kommunen\/08335-landkreis-konstanz"/);
});

test("three Sonderstatusstädte of Hessen are listed with their own Jugendamt, Hanau (kreisfrei since 2026) is not", async () => {
  const hessen = (await get("/api/v1/municipalities?land=06&typ=kreisangehoerige_stadt")).json();
  assert.equal(hessen.total, 3);
  const fulda = await get("/kommunen/06631009-fulda");
  assert.match(fulda.body, /Kreisangehörige Stadt mit eigenem Jugendamt in Hessen/);
  assert.match(fulda.body, /href="\/kommunen\/06631-landkreis-fulda"/);
  assert.match((await get("/kommunen/06534014-marburg")).body, /Marburg, Universitätsstadt/);
  const mainKinzig = await get("/kommunen/06435-main-kinzig-kreis");
  assert.equal(mainKinzig.statusCode, 200);
  assert.doesNotMatch(mainKinzig.body, />Hanau<\/a>/);
});

test("the Region Hannover lists the five towns that run their own Jugendamt, not Springe, which gave it back", async () => {
  const region = (await get("/kommunen/03241-region-hannover")).body;
  for (const town of ["Burgdorf", "Hannover", "Laatzen", "Langenhagen", "Lehrte"]) assert.match(region, new RegExp(`>${town}</a>`));
  assert.doesNotMatch(region, />Springe<\/a>/);
  assert.match((await get("/kommunen/03241010-langenhagen")).body, /Kreisangehörige Stadt mit eigenem Jugendamt in Niedersachsen/);
  const lingen = await get("/kommunen/03454032-lingen-ems");
  assert.equal(lingen.statusCode, 200);
  assert.match(lingen.body, /href="\/kommunen\/03454-landkreis-emsland"/);
  assert.match((await get("/kommunen/03355-landkreis-lueneburg")).body, />Lüneburg<\/a>/);
});

test("the districts of Berlin are listed under Berlin, with no figures made up", async () => {
  const neukoelln = await get("/kommunen/11008-berlin-neukoelln");
  assert.equal(neukoelln.statusCode, 200);
  assert.match(neukoelln.body, /Bezirk mit eigenem Jugendamt in Berlin/);
  assert.match(neukoelln.body, /href="\/kommunen\/11000-berlin"/);
  assert.match(neukoelln.body, /<dt>Einwohner:innen<\/dt><dd>keine Angabe<\/dd>/);
  assert.match(neukoelln.body, /keine amtlichen Kennzahlen/);
  const berlin = (await get("/kommunen/11000-berlin")).body;
  assert.match(berlin, /Bezirke mit eigenem Jugendamt/);
  assert.equal([...berlin.matchAll(/href="\/kommunen\/110(0[1-9]|1[0-2])-berlin-/g)].length, 12);
  const small = (await get("/api/v1/municipalities?land=11&groesse=unter-100000")).json();
  assert.equal(small.total, 0, "no figure is not a small population");
});

test("the seven districts of Hamburg are listed under Hamburg, keyed by their district numbers", async () => {
  const altona = await get("/kommunen/02002-hamburg-altona");
  assert.equal(altona.statusCode, 200);
  assert.match(altona.body, /Bezirk mit eigenem Jugendamt in Hamburg/);
  assert.match(altona.body, /Bezirk Altona/);
  assert.match(altona.body, /href="\/kommunen\/02000-hamburg"/);
  assert.match(altona.body, /Bezirke Berlins und Hamburgs liegen im Verzeichnis keine amtlichen Kennzahlen vor/);
  const hamburg = (await get("/kommunen/02000-hamburg")).body;
  assert.match(hamburg, /Bezirke mit eigenem Jugendamt/);
  const names = [...hamburg.matchAll(/href="\/kommunen\/0200[1-7]-[^"]+">([^<]+)</g)].map((m) => m[1]);
  assert.deepEqual(names.sort(), [
    "Hamburg Altona",
    "Hamburg Bergedorf",
    "Hamburg Eimsbüttel",
    "Hamburg Harburg",
    "Hamburg Wandsbek",
    "Hamburg-Mitte",
    "Hamburg-Nord",
  ]);
  assert.deepEqual(rowNames((await get("/kommunen?q=Harburg")).body), ["Hamburg Harburg", "Landkreis Harburg"]);
});

test("filters by Bundesland, type, size and Fellow, and keeps the filters in the URL of every page", async () => {
  const res = await get("/kommunen?land=05&typ=kreisfreie_stadt&groesse=ab-500000&sortierung=einwohner-absteigend");
  assert.equal(res.statusCode, 200);
  assert.deepEqual(rowNames(res.body), ["Köln", "Düsseldorf", "Dortmund", "Essen"]);
  const fellows = await get("/kommunen?fellow=ja");
  assert.deepEqual(rowNames(fellows.body).sort(), [
    "Bonn",
    "Frankfurt am Main",
    "Halle (Saale)",
    "Hamburg",
    "Herford",
    "Kreis Olpe",
    "Landkreis Rostock",
    "Leipzig",
    "Salzlandkreis",
  ]);
  const page2 = await get("/kommunen?land=09");
  assert.match(page2.body, /href="\/kommunen\?land=09&amp;seite=2"/);
});

test("filters by topic, including the topics of a municipality's change projects", async () => {
  const res = await get("/kommunen?thema=kinderarmut");
  const names = rowNames(res.body);
  assert.ok(names.includes("Halle (Saale)"), names.join());
  assert.ok(!names.includes("Bielefeld"));
});

test("the name search folds umlauts and tells the two Frankfurts apart", async () => {
  assert.deepEqual(rowNames((await get("/kommunen?q=Muenchen")).body), ["Landkreis München", "München"]);
  assert.deepEqual(rowNames((await get("/kommunen?q=Frankfurt%20(Oder)")).body), ["Frankfurt (Oder)"]);
  assert.deepEqual(rowNames((await get("/kommunen?q=frankfurt%20main")).body), ["Frankfurt am Main"]);
  assert.deepEqual(rowNames((await get("/kommunen?q=Giessen")).body), ["Landkreis Gießen"]);
  assert.deepEqual(rowNames((await get("/kommunen?q=goettingen")).body), ["Göttingen", "Landkreis Göttingen"]);
});

test("a typo finds nothing but suggests the intended name", async () => {
  const res = await get("/kommunen?q=Lepzig");
  assert.match(res.body, /0 Kommunen gefunden/);
  assert.match(res.body, /Meinten Sie vielleicht/);
  assert.match(res.body, /href="\/kommunen\/14713-leipzig"/);
});

test("bad filter values get a German message next to the field and status 400, never 500", async () => {
  const res = await get("/kommunen?land=99&seite=abc&q=" + "x".repeat(101));
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /id="land-error"/);
  assert.match(res.body, /Bitte wählen Sie einen der angebotenen Werte/);
  assert.match(res.body, /Seitenzahl: Bitte geben Sie eine Zahl ein/);
  assert.match(res.body, /höchstens 100 Zeichen/);
  const script = await get("/kommunen?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  assert.equal(script.statusCode, 200);
  assert.ok(!script.body.includes("<script>alert(1)"));
  const api = await get("/api/v1/municipalities?groesse=riesig");
  assert.equal(api.statusCode, 400);
  assert.match(api.json().message, /ungültige Angaben/);
});
