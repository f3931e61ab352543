const whole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1422.4 → "$1,422"; under $10 with cents ("$0.07"), where a whole-dollar figure would read as $0. */
export function formatUsd(n: number): string {
  return Math.abs(n) < 10 ? cents.format(n) : whole.format(n);
}

/** (1422, 4265) → "$1,422–$4,265"; one figure when both ends are equal. */
export function formatUsdRange(low: number, high: number): string {
  const a = formatUsd(low);
  const b = formatUsd(high);
  return a === b ? a : `${a}–${b}`;
}
