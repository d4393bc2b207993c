/** Folder of the project's package directory, as sfdx-project.json names it. */
export const PACKAGE_DIRECTORY = "force-app";

/** Folder that contains the metadata source, relative to the project root. */
export const SOURCE_ROOT = `${PACKAGE_DIRECTORY}/main/default`;
