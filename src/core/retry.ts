// STUB — replaced by the retry helper (issue 3).
export {};
