// Helpers that read a generated project the way Salesforce tooling does: the Salesforce CLI's
// source library for components, fast-xml-parser for XML.

import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GeneratedFile } from "@fieldpolicy/core";
import { ComponentSet, MetadataConverter } from "@salesforce/source-deploy-retrieve";
import { XMLParser } from "fast-xml-parser";

/** Parsed XML; the tests read it through paths they know. */
export type ParsedXml = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: () => false });

/** Parses one XML document, throwing on malformed input. */
export function parseXml(contents: string): ParsedXml {
  return parser.parse(contents, true) as ParsedXml;
}

/** Reads a child element's text from parsed XML, or undefined. */
export function readText(node: unknown, key: string): string | undefined {
  if (node === null || typeof node !== "object") {
    return undefined;
  }
  const value = (node as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

/** Lists the elements of a repeated child, whether the parser returned one object or an array. */
export function readList(node: unknown, key: string): unknown[] {
  if (node === null || typeof node !== "object") {
    return [];
  }
  const value = (node as Record<string, unknown>)[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Writes files into a new temporary folder and returns it. */
export function writeProject(files: readonly GeneratedFile[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "fieldpolicy-sf-"));
  for (const file of files) {
    const target = path.join(root, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents, "utf8");
  }
  return root;
}

/** What the Salesforce source library makes of a project folder. */
export interface SourceLibraryReading {
  /** `Type:FullName` of every component it resolved, sorted. */
  components: string[];
  /** Source files it attributed to a component, relative to the project root, sorted. */
  resolvedFiles: string[];
  /** Relative paths of the files the Metadata API format conversion wrote, sorted. */
  convertedFiles: string[];
  /** Contents of each converted file, by relative path. */
  convertedContents: Map<string, string>;
}

/** Resolves the project's source folder and converts it to the Metadata API format. */
export async function readWithSourceLibrary(root: string): Promise<SourceLibraryReading> {
  const componentSet = ComponentSet.fromSource(path.join(root, "force-app"));
  // Object children (fields, validation rules) are components of their own, as in package.xml.
  const resolved = componentSet
    .getSourceComponents()
    .toArray()
    .flatMap((component) => [component, ...component.getChildren()]);
  const components = [...new Set(resolved.map((component) => `${component.type.name}:${component.fullName}`))].sort();
  const resolvedFiles = resolved
    .flatMap((component) => (component.xml === undefined ? [] : [path.relative(root, component.xml)]))
    .sort();

  const outputDirectory = path.join(root, ".converted");
  const result = await new MetadataConverter().convert(componentSet, "metadata", {
    type: "directory",
    outputDirectory,
    genUniqueDir: false,
  });
  const convertedFiles = (result.converted ?? [])
    .flatMap((component) => (component.xml === undefined ? [] : [path.relative(outputDirectory, component.xml)]))
    .sort();
  const convertedContents = new Map(
    convertedFiles.map((file) => [file, readFileSync(path.join(outputDirectory, file), "utf8")] as const),
  );
  return { components, resolvedFiles: [...new Set(resolvedFiles)], convertedFiles, convertedContents };
}

/** Removes a folder written by `writeProject`. */
export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/**
 * Lists the field names a formula refers to: identifiers outside string literals that are
 * neither function names, `$Permission` references, nor TRUE and FALSE.
 */
export function listFormulaFields(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:\\.|[^"\\])*"/g, '""');
  const names = new Set<string>();
  for (const match of withoutStrings.matchAll(/(\$?[A-Za-z_][A-Za-z0-9_.]*)(\s*\()?/g)) {
    const name = match[1]!;
    if (match[2] !== undefined || name.startsWith("$") || name === "TRUE" || name === "FALSE") {
      continue;
    }
    names.add(name);
  }
  return [...names].sort();
}

/** Lists every `$Permission.<Name>` a formula refers to, sorted. */
export function listPermissionReferences(formula: string): string[] {
  return [...new Set([...formula.matchAll(/\$Permission\.([A-Za-z0-9_]+)/g)].map((match) => match[1]!))].sort();
}
