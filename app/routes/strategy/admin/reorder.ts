/**
 * The order after one "move up"/"move down" press (`"<id>:up"`), or null when the press moves nothing (first
 * item up, last item down, an id not in the list).
 */
export function moveInOrder(order: readonly string[], move: string): string[] | null {
  const separator = move.lastIndexOf(':');
  const id = move.slice(0, separator);
  const direction = move.slice(separator + 1);
  const from = order.indexOf(id);
  const to = direction === 'up' ? from - 1 : direction === 'down' ? from + 1 : -1;
  if (from < 0 || to < 0 || to >= order.length) return null;
  const next = [...order];
  [next[from], next[to]] = [order[to]!, order[from]!];
  return next;
}
