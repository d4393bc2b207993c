export { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from "./exit-codes";
