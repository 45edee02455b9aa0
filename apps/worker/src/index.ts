/** What tests and benchmarks may use of the worker app. */
export { WorkerModule } from './worker.module';
export { OutboxRelayService } from './relay/outbox-relay.service';
