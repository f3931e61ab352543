import { formatCount } from '../format/format';

/** "1 creator", "1,204 creators": a count and its noun, for the pages' messages (English only). */
export const plural = (n: number, one: string) => `${formatCount(n)} ${one}${n === 1 ? '' : 's'}`;
