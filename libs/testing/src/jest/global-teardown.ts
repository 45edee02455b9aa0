import { registerWorkspacePaths } from './register-paths';

export default async function globalTeardown(): Promise<void> {
  registerWorkspacePaths();
  const { runGlobalTeardown } = await import('./run-global-teardown');
  await runGlobalTeardown();
}
