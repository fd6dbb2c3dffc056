// The runnable examples of a README: fenced blocks whose first line names a file.

export interface Example {
  file: string;
  code: string;
  expected: string[];
}

/** Fenced blocks whose first line names a file (`// example.mjs`, `# example.py`). */
export function readmeExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const match of markdown.matchAll(
    /```\w+\n((?:\/\/|#) (\S+\.(?:mjs|cjs|ts|py))\n[\s\S]*?)```/g,
  )) {
    const code = match[1] as string;
    const expected = [...code.matchAll(/^(?:\/\/|#) → (.*)$/gm)].map((m) => m[1] as string);
    examples.push({ file: match[2] as string, code, expected });
  }
  return examples;
}
