import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { RedisConnections } from './redis-connection';

/** Closes the shared connections. A global module: Nest shuts it down after the modules using it (BullMQ's queues and workers). */
@Injectable()
export class RedisConnectionsShutdown implements OnApplicationShutdown {
  constructor(@Inject(RedisConnections) private readonly connections: RedisConnections) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connections.closeAll();
  }
}

/** Provides `RedisConnections` made from the configuration (single server, Sentinel or Cluster). */
@Global()
@Module({
  providers: [
    { provide: RedisConnections, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new RedisConnections(config) },
    RedisConnectionsShutdown,
  ],
  exports: [RedisConnections],
})
export class RedisConnectionsModule {}
