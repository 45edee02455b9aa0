import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { prepareDatabase } from '@remiss/application';
import { loadConfigOrExit } from '@remiss/config';
import { createApiApp } from './create-api-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new Logger('API');
  const applied = await prepareDatabase(config, { seed: true });
  if (applied.length > 0) logger.log(`Migreringar körda: ${applied.join(', ')}`);
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  logger.log(`API lyssnar på ${config.publicUrl} (port ${config.port}); dokumentation på ${config.publicUrl}/docs`);
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`API:t kunde inte starta: ${error.message}\n`);
  process.exit(1);
});
