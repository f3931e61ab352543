import { z } from 'zod';
import { CAPS } from './caps';

// The field types every part of a report is built from. A report is stored by the background and
// printed by the CLI, so every number must be a finite JSON number (zod 4 rejects NaN and ±Infinity)
// and every string bounded.
export const Reason = z.string().max(500);
export const Formula = z.string().max(500);
export const Message = z.string().max(1_000);
export const PostId = z.string().min(1).max(CAPS.id);
export const Rate = z.number().min(0);
export const Share = z.number().min(0).max(1);
export const Score = z.int().min(0).max(100);
export const Iso = z.iso.datetime({ offset: true });
