import { dateInputIssue } from '@remiss/domain';
import { z } from 'zod';

/** Shared request fields, one home for their Swedish reasons. */

/** Required text, trimmed, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1, { message: 'får inte vara tomt' }).max(max, { message: `får vara högst ${max} tecken` });

/** A real calendar date within DATE_LIMITS (no clock here: the use cases check the window relative to today). */
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'måste vara ett datum i formen ÅÅÅÅ-MM-DD', abort: true })
  .superRefine((value, ctx) => {
    const issue = dateInputIssue(value);
    if (issue) ctx.addIssue({ code: 'custom', message: issue.reason });
  });

export const uuid = z.string().uuid({ message: 'måste vara ett giltigt id (UUID)' });
