import { registerWorkspacePaths } from './register-paths';

export default async function globalSetup(): Promise<void> {
  registerWorkspacePaths();
  const { runGlobalSetup } = await import('./run-global-setup');
  await runGlobalSetup();
}
