/**
 * What a code and an id look like: one token, no spaces. Prose in their place (a private
 * "PRIVATE host db-prod user admin" as a GraphQL code or a trace id) would reach the ticket and
 * the banner's reference, which show codes and ids even when the message is private. An Azure
 * hierarchical Request-Id starts with "|".
 */
const CODE = /^[\w.-]{1,100}$/;
const ID = /^\|?[\w.:=+/@#-]{1,128}$/;

/**
 * A draft's value worth keeping: set, and for a code or an id, shaped like one. One that is not
 * leaves room for the next candidate (a body's "see logs" as requestId, then the header's id).
 */
export function usable(key: string, value: unknown): boolean {
  if (value == null) return false;
  const shape = key == 'code' ? CODE : key == 'errorId' || key == 'entityId' ? ID : undefined;
  return !shape || shape.test(String(value));
}
