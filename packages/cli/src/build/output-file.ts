/** One file of a build's output. */
export interface OutputFile {
  /** Path relative to the output folder, with forward slashes (`lead/ir.json`). */
  path: string;
  contents: string;
  /** The policy name, the first segment of `path`. */
  policy: string;
  /** The generator that produced the file. */
  generator: string;
}
