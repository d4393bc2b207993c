// Renders Markdown to HTML the way GitHub does (CommonMark with the GFM extensions), with raw HTML
// passed through as a permissive wiki would, and reads back text and tables for assertions.

import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/** Renders Markdown to HTML, letting raw HTML through so that an injection would show. */
export function renderHtml(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** Decodes the entities micromark writes into text. */
export function decodeEntities(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

/** Converts an inline HTML fragment to the text a reader gets: tags removed, entities decoded, spaces collapsed. */
export function readText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

/** Lists every link of the HTML as its target and its visible text. */
export function readLinks(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((link) => ({
    href: decodeEntities(link[1]!),
    text: readText(link[2]!),
  }));
}

/** Reads the rows of the first table after the heading with the given text, each row as cell texts. */
export function readTableAfterHeading(html: string, heading: string): string[][] {
  const headingAt = html.search(new RegExp(`<h[1-6]>${escapeRegExp(heading)}</h[1-6]>`));
  if (headingAt === -1) {
    throw new Error(`No heading "${heading}" in the document.`);
  }
  const tableAt = html.indexOf("<table>", headingAt);
  const table = html.slice(tableAt, html.indexOf("</table>", tableAt));
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => readText(cell[1]!)),
  );
}

/** Cuts out the HTML between a heading with the given text and the next heading of the same or higher level. */
export function readSection(html: string, heading: string): string {
  const match = new RegExp(`<h([1-6])>${escapeRegExp(heading)}</h[1-6]>`).exec(html);
  if (match === null) {
    throw new Error(`No heading "${heading}" in the document.`);
  }
  const level = Number(match[1]);
  const rest = html.slice(match.index + match[0].length);
  const next = rest.search(new RegExp(`<h[1-${level}]>`));
  return next === -1 ? rest : rest.slice(0, next);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
