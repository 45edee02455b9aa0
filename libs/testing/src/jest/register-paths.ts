import * as path from 'node:path';
import { register } from 'tsconfig-paths';

/** Jest's global setup runs outside the module mapper: resolve @remiss/* here. */
export function registerWorkspacePaths(): void {
  const root = path.resolve(__dirname, '../../../..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compilerOptions } = require(path.join(root, 'tsconfig.base.json')) as { compilerOptions: { paths: Record<string, string[]> } };
  register({ baseUrl: root, paths: compilerOptions.paths });
}
