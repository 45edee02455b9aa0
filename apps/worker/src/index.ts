/** What tests and benchmarks may use of the worker app. */
export { WorkerModule } from './worker.module';
export { OutboxRelayService } from './relay/outbox-relay.service';
export { DuePromoter, promoteIfStillDelayed } from './reconcile/due-promoter.service';
export { ReminderReconciler } from './reconcile/reminder-reconciler.service';
export { ReminderHorizonScheduler } from './horizon/reminder-horizon.service';
export { LogStatementTask } from './log/log-statement.service';
