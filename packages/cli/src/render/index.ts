// Renderers of diagnostics: human text with code frames, JSON, GitHub workflow commands and SARIF.

export {
  DIAGNOSTIC_FORMATS,
  isDiagnosticFormat,
  renderDiagnostics,
  type DiagnosticFormat,
  type RenderDiagnosticsOptions,
} from "./render-diagnostics";
export { renderSummary } from "./render-text";
export { shouldUseColor, type ColorEnvironment } from "./should-use-color";
