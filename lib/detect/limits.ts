/* What one scan may send the background: the page's side and the protocol's schemas agree on these. */

/** Most characters of one root's text searched for candidate words (a 10 MB text node). */
export const MAX_SCAN_CHARS = 1_000_000;
/** Most roots of one scan (the page, its open shadow roots and same-origin frames). */
export const MAX_SCAN_ROOTS = 200;
/** Most characters of one scan's texts together: roots beyond are sent empty. */
export const MAX_SCAN_TOTAL_CHARS = 2_000_000;
/** Most candidate blocks of one query, and their longest text. */
export const MAX_QUERY_BLOCKS = 500;
export const MAX_QUERY_BLOCK_CHARS = 8000;
