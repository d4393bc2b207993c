/** The values a policy template needs. */
export interface PolicyTemplateValues {
  /** The policy's `name`. */
  name: string;
  /** The policy's `label`, its title in the SLA document. */
  label: string;
  /** The new file's path relative to the working directory, for the `check` command the header suggests. */
  file: string;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Fills the `{{name}}`, `{{label}}` and `{{file}}` placeholders of a policy template. Values go
 * into string literals and a line comment, so quotes, backslashes and line breaks are rejected.
 * Throws on a placeholder the values do not cover, because the template and this function then
 * disagree.
 */
export function renderPolicyTemplate(template: string, values: PolicyTemplateValues): string {
  for (const [key, value] of Object.entries(values)) {
    if (/["\\\r\n]/.test(value)) {
      throw new Error(
        `Invalid ${key} ${JSON.stringify(value)}: it must not contain quotes, backslashes or line breaks.`,
      );
    }
  }

  const lookup: Record<string, string> = { ...values };
  return template.replace(PLACEHOLDER, (placeholder, key: string) => {
    const value = lookup[key];
    if (value === undefined) {
      throw new Error(`The policy template contains ${placeholder}, which init does not fill.`);
    }
    return value;
  });
}

/** Derives a policy label from its name: `emea-sales` gives `Emea sales field ownership`. */
export function buildPolicyLabel(name: string): string {
  const words = name.replace(/-+/g, " ").trim();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} field ownership`;
}
