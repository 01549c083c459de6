import { normalizeError } from './normalize.js';
import type { NormalizeInit, NormalizedError } from './types.js';

export async function fromResponse(response: Response, init: NormalizeInit = {}): Promise<NormalizedError> {
  const body = await response.text().catch(() => '');
  return normalizeError(body, { status: response.status, headers: response.headers, ...init });
}
