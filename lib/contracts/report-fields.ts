import { z } from './zod-mini';
import { CAPS } from './caps';

// The field types every part of a report is built from. A report is stored by the background and
// printed by the CLI, so every number must be a finite JSON number (zod 4 rejects NaN and ±Infinity)
// and every string bounded.
export const Reason = z.string().check(z.maxLength(500));
export const Formula = z.string().check(z.maxLength(500));
export const Message = z.string().check(z.maxLength(1_000));
export const PostId = z.string().check(z.minLength(1), z.maxLength(CAPS.id));
export const Rate = z.number().check(z.minimum(0));
export const Share = z.number().check(z.minimum(0), z.maximum(1));
export const Score = z.int().check(z.minimum(0), z.maximum(100));
export const Iso = z.iso.datetime({ offset: true });
