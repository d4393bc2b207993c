// "Did you mean" suggestions for misspelled property names.

/**
 * Counts the edits (insert, delete, substitute, swap two neighbors) that turn one string into the
 * other: the optimal string alignment distance, so a swapped pair such as `statsu` and `status`
 * counts as one edit.
 */
export function countEdits(from: string, to: string): number {
  const rows = from.length + 1;
  const columns = to.length + 1;
  // distance[row][column] is the cost of turning the first `row` characters into the first `column`.
  const distance: number[][] = [];
  for (let row = 0; row < rows; row++) {
    const line = new Array<number>(columns).fill(0);
    line[0] = row;
    distance.push(line);
  }
  for (let column = 0; column < columns; column++) {
    (distance[0] as number[])[column] = column;
  }

  for (let row = 1; row < rows; row++) {
    for (let column = 1; column < columns; column++) {
      const cost = from[row - 1] === to[column - 1] ? 0 : 1;
      const previous = distance[row - 1] as number[];
      const current = distance[row] as number[];
      let best = Math.min(
        (previous[column] as number) + 1,
        (current[column - 1] as number) + 1,
        (previous[column - 1] as number) + cost,
      );
      const swapped = row > 1 && column > 1 && from[row - 1] === to[column - 2] && from[row - 2] === to[column - 1];
      if (swapped) {
        best = Math.min(best, (distance[row - 2]?.[column - 2] as number) + 1);
      }
      current[column] = best;
    }
  }
  return distance[rows - 1]?.[columns - 1] as number;
}

/**
 * Returns up to three known names close to a misspelled one, nearest first, compared without case.
 * A name is close when at most a third of its characters (and at least two) need an edit.
 */
export function suggestNames(wanted: string, known: Iterable<string>): string[] {
  const target = wanted.toLowerCase();
  const limit = Math.max(2, Math.floor(target.length / 3));
  const scored: { name: string; edits: number }[] = [];

  for (const name of known) {
    const edits = countEdits(target, name.toLowerCase());
    if (edits <= limit) {
      scored.push({ name, edits });
    }
  }
  scored.sort((left, right) => left.edits - right.edits || left.name.localeCompare(right.name));
  return scored.slice(0, 3).map((entry) => entry.name);
}
