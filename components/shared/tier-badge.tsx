export function TierBadge({ tier }: { tier: string | null }) {
  if (!tier) return <span className="tier tier--unknown">—</span>;
  return <span className={`tier tier--${tier}`}>{tier}</span>;
}
