import type { ErrorKind, ErrorOrigin, FieldError, Severity } from '../types.js';

/**
 * What one adapter learned from a payload. The pipeline merges drafts in adapter order; the
 * first adapter to set a field wins, so more specific adapters run first.
 */
export interface Draft {
  kind?: ErrorKind;
  status?: number;
  code?: string;
  origin?: ErrorOrigin;
  severity?: Severity;
  title?: string;
  message?: string;
  /** Only adapters whose format defines the flag set it; see normalize.ts for the default. */
  public?: boolean;
  errorId?: string;
  entityId?: string;
  fieldErrors?: FieldError[];
  retryAfterMs?: number;
  vendor?: string;
}

/** Reads one payload shape; returns nothing when the shape is not its own. */
export type Adapter = (body: Record<string, unknown>) => Draft | undefined;

/** A vendor's machine codes grouped by the kind they mean (space-separated, matched lowercase). */
export type CodeTable = Partial<Record<ErrorKind, string>>;
