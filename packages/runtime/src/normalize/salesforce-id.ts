// Salesforce record Ids come in a case-sensitive 15-character form and an 18-character form whose
// last three characters encode the case of the first fifteen. The two forms name the same record
// only when the suffix matches that encoding; Ids that differ only in letter case are different
// records, so Ids are never compared case-insensitively.

const SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

/**
 * Computes the 3-character checksum suffix of a 15-character Id. Each block of five characters
 * gives one suffix character: bit i is set when character i of the block is an upper-case letter.
 */
export function computeSalesforceIdSuffix(id15: string): string {
  let suffix = "";
  for (let block = 0; block < 3; block += 1) {
    let bits = 0;
    for (let position = 0; position < 5; position += 1) {
      const character = id15.charAt(block * 5 + position);
      if (character >= "A" && character <= "Z") {
        bits |= 1 << position;
      }
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** True for a 15-character Id and for an 18-character Id whose suffix matches its checksum. */
export function isSalesforceId(id: string): boolean {
  if (id.length === 15) {
    return isAlphanumeric(id);
  }
  return id.length === 18 && isAlphanumeric(id) && computeSalesforceIdSuffix(id) === id.slice(15);
}

/** Returns the 18-character form of a valid Salesforce Id, or null when the text is not one. */
export function toSalesforceId18(id: string): string | null {
  if (id.length === 15) {
    return isAlphanumeric(id) ? id + computeSalesforceIdSuffix(id) : null;
  }
  return isSalesforceId(id) ? id : null;
}

/** True when two texts name the same Salesforce record; other texts compare exactly. */
export function salesforceIdsEqual(left: string, right: string): boolean {
  const leftId = toSalesforceId18(left);
  const rightId = toSalesforceId18(right);
  if (leftId === null || rightId === null) {
    return left === right;
  }
  return leftId === rightId;
}

// Ids are checked on every owner change and echo key, so the character test avoids a regex.
function isAlphanumeric(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const digit = code >= 48 && code <= 57;
    const upper = code >= 65 && code <= 90;
    const lower = code >= 97 && code <= 122;
    if (!digit && !upper && !lower) {
      return false;
    }
  }
  return true;
}
