/**
 * "n/a — why" for a figure that could not be computed, the reason given once per section: when
 * several figures miss for the same reason, the later ones say "n/a, same reason" instead of
 * repeating it. Make one per section render.
 */
export function notAvailableOnce() {
  const said = new Set<string>();
  return function notAvailable(reason: string | null | undefined, fallback = 'not computable') {
    const why = reason ?? fallback;
    const repeat = said.has(why);
    said.add(why);
    return <span className="muted">{repeat ? 'n/a, same reason' : `n/a — ${why}`}</span>;
  };
}
