/**
 * `faultline/elements`: the element classes and `define()`, without registering any tag.
 */
export {};
