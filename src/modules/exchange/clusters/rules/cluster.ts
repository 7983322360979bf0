/** One municipality of the cohort as the clustering sees it: weighted topics and words of its projects and reports. */
export interface ClusterItem {
  id: number;
  features: Map<string, number>;
}

export interface Clustering {
  k: number;
  silhouette: number;
  /** For each cluster the ids of its items. */
  groups: number[][];
}

type Vector = Map<string, number>;

function normalise(vector: Vector): Vector {
  const norm = Math.sqrt([...vector.values()].reduce((s, x) => s + x * x, 0));
  return norm === 0 ? vector : new Map([...vector].map(([k, x]) => [k, x / norm]));
}

function cosine(left: Vector, right: Vector): number {
  const [small, large] = left.size < right.size ? [left, right] : [right, left];
  let sum = 0;
  for (const [key, value] of small) sum += value * (large.get(key) ?? 0);
  return sum;
}

function centroid(members: Vector[]): Vector {
  const sum = new Map<string, number>();
  for (const member of members) for (const [key, value] of member) sum.set(key, (sum.get(key) ?? 0) + value);
  return normalise(sum);
}

/** Farthest-first start: the item most unlike the chosen ones comes next; deterministic, no random seed. */
function start(vectors: Vector[], count: number): Vector[] {
  const chosen = [vectors.reduce((best, v, i) => (v.size > vectors[best].size ? i : best), 0)];
  while (chosen.length < count) {
    let next = -1;
    let farthest = -Infinity;
    vectors.forEach((vector, index) => {
      if (chosen.includes(index)) return;
      const distance = 1 - Math.max(...chosen.map((c) => cosine(vector, vectors[c])));
      if (distance > farthest) [next, farthest] = [index, distance];
    });
    chosen.push(next);
  }
  return chosen.map((i) => vectors[i]);
}

/** Spherical k-means: each item joins the most similar centre, centres move, until nothing changes. */
function kMeans(vectors: Vector[], count: number): number[] {
  let centres = start(vectors, count);
  let assignment: number[] = [];
  for (let round = 0; round < 50; round++) {
    const next = vectors.map((vector) => {
      const similarities = centres.map((c) => cosine(vector, c));
      return similarities.indexOf(Math.max(...similarities));
    });
    if (next.every((c, i) => c === assignment[i])) break;
    assignment = next;
    centres = centres.map((centre, index) => {
      const members = vectors.filter((_, j) => assignment[j] === index);
      return members.length ? centroid(members) : centre;
    });
  }
  return assignment;
}

/** Mean silhouette with cosine distance: how much better each item fits its own cluster than the next one. */
function silhouette(distance: number[][], assignment: number[], count: number): number {
  const scores = distance.map((row, index) => {
    const mean = (cluster: number) => {
      const others = row.filter((_, j) => j !== index && assignment[j] === cluster);
      return others.length ? others.reduce((s, d) => s + d, 0) / others.length : null;
    };
    const own = mean(assignment[index]);
    if (own === null) return 0;
    const nearest = Math.min(...Array.from({ length: count }, (_, c) => (c === assignment[index] ? Infinity : (mean(c) ?? Infinity))));
    if (!Number.isFinite(nearest)) return 0;
    return (nearest - own) / Math.max(own, nearest) || 0;
  });
  return scores.reduce((s, x) => s + x, 0) / Math.max(1, scores.length);
}

/** Groups the items into between `min` and `max` clusters, choosing the number with the best silhouette; groups of one item are dropped. */
export function clusterItems(items: ClusterItem[], min = 3, max = 6): Clustering | null {
  const usable = items.filter((i) => i.features.size > 0);
  if (usable.length < min) return null;
  const vectors = usable.map((i) => normalise(i.features));
  // Every pair's distance once; the silhouette of each k reads them.
  const distance = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : 1 - cosine(a, b))));
  let best: Clustering | null = null;
  for (let count = min; count <= Math.min(max, usable.length); count++) {
    const assignment = kMeans(vectors, count);
    const groups = Array.from({ length: count }, (_, c) => usable.filter((_, j) => assignment[j] === c).map((i) => i.id)).filter((g) => g.length > 0);
    const score = silhouette(distance, assignment, count);
    if (!best || score > best.silhouette + 1e-9) best = { k: groups.length, silhouette: score, groups };
  }
  if (!best) return null;
  // A working group needs at least two municipalities: one that works on something alone is no topic for a meeting.
  const shared = best.groups.filter((g) => g.length > 1);
  return { k: shared.length, silhouette: best.silhouette, groups: shared };
}
