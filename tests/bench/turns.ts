/**
 * The order in which to measure `sides` (builds, and the page without the extension) in round
 * `round`: rotated by one each round, so that over as many rounds as there are sides each is
 * measured in every position once, first included. In a fixed order the second build was always
 * loaded right after the first build's load, while that build's worker and frame could still be
 * busy on a 2-core machine: the same build measured twice in one run came out 8–15 ms apart in
 * added script time (README, Performance). Returns [index in `sides`, side] pairs.
 */
export function inTurn<T>(sides: readonly T[], round: number): Array<[number, T]> {
  const n = sides.length;
  const first = n === 0 ? 0 : ((round % n) + n) % n;
  return Array.from({ length: n }, (_, i) => {
    const index = (first + i) % n;
    return [index, sides[index]!];
  });
}
