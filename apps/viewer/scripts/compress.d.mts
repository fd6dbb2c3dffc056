/** Writes `.br` and `.gz` copies of the text files under `root` that compress; returns how many. */
export declare function compressSite(root: string): number;
