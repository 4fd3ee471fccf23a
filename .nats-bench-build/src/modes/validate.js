/** `validate`: check one cim.yaml against the standard, as the CLI and the action's validate mode both do. */
import { readFile } from 'node:fs/promises';
import { parseCimYaml } from '../metadata/cim-yaml.js';
export async function validateFile(file, expectedName) {
    const bytes = await readFile(file).catch((error) => {
        throw new Error(error.code === 'ENOENT' ? `${file} does not exist` : `cannot read ${file}: ${error.message}`);
    });
    const { problems } = parseCimYaml(bytes, { file, expectedName });
    return { file, valid: !problems.some((problem) => problem.level === 'error'), problems };
}
/** `file:line:col: level: message`, the form editors and CI logs link to. */
export function formatProblem(problem) {
    const where = [problem.file, problem.line, problem.col].filter((part) => part !== undefined).join(':');
    return `${where ? `${where}: ` : ''}${problem.level}: ${problem.message}`;
}
