/** The words a Japanese policy and the body's registers use for classification levels. */

/** A level written as a symbol (3, II, Ⅲ, A, 3A, 2(a), 3情報), which needs its axis name to be read. */
export const SYMBOL_LEVEL = /^(?:[IVX]+|[0-9]+[A-Z]?(?:\([a-z]\))?|[A-Z])(?:情報)?$/;
