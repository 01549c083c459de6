/**
 * The node's parent in the composed tree: a shadow root's host, else the parent node. What `lang`
 * and `dir` inheritance follow, so the kit walks it to find them, as the browser does.
 */
export const composedParent = (node: Node): Node | null =>
  node instanceof ShadowRoot ? node.host : node.parentNode;
