/**
 * The version of the rules that turn a module's files into its registry entry (cim.yaml reading, inference from
 * manifests, README and tags). It is written into status.json; a run whose rules differ from the ones that wrote
 * the registry reads every module once, since carried entries would keep what the old rules inferred.
 * Bump it with any change to src/metadata/ that can give a different entry for the same files.
 */
export const RULES_VERSION = '1'
