// STUB — replaced by the redaction module (issue 3).
/** Replaces secrets (tokens, JWTs, API keys, secret URL parameters, card numbers) in text. */
export function redact(text: string): string {
  return text;
}
