/** The routes of maps, profiles, comparisons and published maps with a working address and the answer per role. */
import type { Polygon } from "geojson";
import { Delaunay } from "d3-delaunay";
import { all, bonnMembers, loggedIn, type RouteCases } from "../../../platform/route-cases.ts";

/** Ids and keys that do not exist, so no case changes what another reads. */
export function mapRouteCases(): RouteCases {
  const bonn = "/kommunen/05314-bonn/planung";
  return {
    "GET /kommunen/:slug/planung/karte": { url: `${bonn}/karte?klassen=jenks&anzahl=4`, expect: loggedIn(bonnMembers, 200) },
    "GET /kommunen/:slug/planung/gebiete/:key/profil": { url: `${bonn}/gebiete/kein-gebiet/profil`, expect: loggedIn(bonnMembers, 404) },
    "GET /kommunen/:slug/planung/vergleich": { url: `${bonn}/vergleich`, expect: loggedIn(bonnMembers, 200) },
    "GET /kommunen/:slug/planung/veroeffentlichungen": { url: `${bonn}/veroeffentlichungen`, expect: loggedIn(bonnMembers, 200) },
    "POST /kommunen/:slug/planung/veroeffentlichungen": {
      url: `${bonn}/veroeffentlichungen`,
      body: { title: "", description: "", indicatorKey: "", period: "", classification: "quantile", classCount: "5" },
      expect: loggedIn(bonnMembers, 422),
    },
    "POST /kommunen/:slug/planung/veroeffentlichungen/analyse": {
      url: `${bonn}/veroeffentlichungen/analyse`,
      body: { title: "", description: "", analysis: "indikator=sgb2_u15&zeitraum=2024" },
      expect: loggedIn(bonnMembers, 422),
    },
    "POST /kommunen/:slug/planung/veroeffentlichungen/:id/zurueckziehen": {
      url: `${bonn}/veroeffentlichungen/999999/zurueckziehen`,
      body: {},
      expect: loggedIn(bonnMembers, 404),
    },
    "GET /kommunen/:slug/karten/:id": { url: "/kommunen/05314-bonn/karten/999999", expect: all(404) },
  };
}

/**
 * `count` synthetic planning areas: the Voronoi cells of pseudo-random points (fixed seed) in a box
 * of about 10 × 8 km around Bonn, as WGS84 polygons. For tests and the map benchmark.
 */
export function voronoiAreas(count: number, seed = 7): { key: string; name: string; display: Polygon }[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const [west, south, east, north] = [7.05, 50.67, 7.19, 50.75];
  const points = Array.from({ length: count }, () => [west + random() * (east - west), south + random() * (north - south)] as [number, number]);
  const voronoi = Delaunay.from(points).voronoi([west, south, east, north]);
  return points.map((_, index) => ({
    key: String(index + 1).padStart(3, "0"),
    name: `Planungsraum ${index + 1}`,
    display: { type: "Polygon", coordinates: [voronoi.cellPolygon(index).map(([x, y]) => [Math.round(x! * 1e6) / 1e6, Math.round(y! * 1e6) / 1e6])] },
  }));
}
