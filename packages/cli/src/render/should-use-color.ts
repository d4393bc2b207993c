/** What decides whether text output may carry ANSI colours. */
export interface ColorEnvironment {
  /** True when the output stream is a terminal. */
  isTTY: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Returns true when text output may carry ANSI colours: only on a terminal, and never when the
 * `NO_COLOR` variable is set to a non-empty value (the convention documented at no-color.org).
 */
export function shouldUseColor(environment: ColorEnvironment): boolean {
  const noColor = environment.env["NO_COLOR"];
  if (noColor !== undefined && noColor !== "") {
    return false;
  }
  return environment.isTTY === true;
}
