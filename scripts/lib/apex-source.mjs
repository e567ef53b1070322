// Helpers for reading Apex source as text.

/** Replaces comments and string literals by spaces, keeping offsets and line numbers. */
export function blankCommentsAndStrings(src) {
    return src.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (m) => m.replace(/[^\n]/g, ' '));
}
