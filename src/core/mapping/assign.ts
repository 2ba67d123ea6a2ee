/**
 * Maximum-weight assignment of rows to columns (Hungarian algorithm,
 * O(n³)): the best total, not first come first served. Pairs whose weight is
 * below `minWeight` are never assigned. Returns, for each row, its column or -1.
 */
export function assignMaxWeight(weights: readonly (readonly number[])[], minWeight: number): number[] {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0]!.length;
  const n = Math.max(rows, cols);
  if (n === 0) return [];
  // Cost matrix for minimisation; disallowed pairs cost as much as leaving both unassigned.
  const BIG = 1;
  const cost = (i: number, j: number) => {
    const w = i < rows && j < cols ? weights[i]![j]! : 0;
    return w >= minWeight ? BIG - w : BIG;
  };
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1); // p[j] = row assigned to column j (1-based)
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j] === 1) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j] === 1) {
          const pi = p[j]!;
          u[pi] = u[pi]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    if (i >= 0 && i < rows && j - 1 < cols && weights[i]![j - 1]! >= minWeight) result[i] = j - 1;
  }
  return result;
}
