import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import {
  AnswerUseCase,
  CaseQueries,
  CaseStepUseCase,
  CloseRoundUseCase,
  CompilationQuery,
  CoreModule,
  CreateCaseUseCase,
  DeclineUseCase,
  DeliveryProblemsQuery,
  EventFeedQuery,
  WebhookDeliveries,
  WebhookSubscriptions,
  ExtensionUseCase,
  InnerAnswersQuery,
  LogStatementsService,
  LogVerificationQuery,
  MailLogQuery,
  RecipientViewQuery,
  RecipientRemindersQuery,
  NotificationsQuery,
  AssignRecipientUseCase,
  RequestTestMailUseCase,
  SendRoundUseCase,
  structuredLogging,
} from '@remiss/application';
import { CalendarController } from './cases/calendar.controller';
import { CasesController } from './cases/cases.controller';
import { LogController } from './cases/log.controller';
import { LogStatementsController } from './cases/log-statements.controller';
import { RecipientsController } from './cases/recipients.controller';
import { AdminController } from './admin/admin.controller';
import { FailedRemindersController } from './admin/failed-reminders.controller';
import { MailLogController } from './admin/mail-log.controller';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { TokenService } from './auth/token.service';
import { HealthController } from './health/health.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { DomainExceptionFilter } from './http/domain-exception.filter';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { IdempotencyStore } from './http/idempotency.store';
import { RequestInputPipe } from './http/request-input.pipe';
import { DecisionsModule } from './decisions/decisions.module';
import { DocumentsModule } from './documents/documents.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RegistryModule } from './registry/registry.module';
import { SsoModule } from './sso/sso.module';
import { MetricsModule } from './ops/metrics.module';
import { PublicModule } from './public/public.module';
import { UsersModule } from './users/users.module';
import { EventsController } from './events/events.controller';
import { WebhooksController } from './events/webhooks.controller';
import { redisProvider, RedisShutdown } from './redis.provider';

@Module({
  imports: [CoreModule, structuredLogging('api'), MetricsModule, AuthModule, TerminusModule.forRoot({ logger: false }), DocumentsModule, OrganisationsModule, RegistryModule, QueueDashboardModule, DecisionsModule, PublicModule, SsoModule, UsersModule],
  controllers: [HealthController, AdminController, MailLogController, FailedRemindersController, CasesController, RecipientsController, CalendarController, LogController, LogStatementsController, NotificationsController, EventsController, WebhooksController],
  providers: [
    redisProvider,
    RedisShutdown,
    TokenService,
    RequestTestMailUseCase,
    CreateCaseUseCase,
    CaseStepUseCase,
    SendRoundUseCase,
    CloseRoundUseCase,
    CaseQueries,
    CompilationQuery,
    AnswerUseCase,
    DeclineUseCase,
    ExtensionUseCase,
    MailLogQuery,
    DeliveryProblemsQuery,
    EventFeedQuery,
    WebhookSubscriptions,
    WebhookDeliveries,
    InnerAnswersQuery,
    RecipientViewQuery,
    LogVerificationQuery,
    LogStatementsService,
    RecipientRemindersQuery,
    NotificationsQuery,
    AssignRecipientUseCase,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
    { provide: APP_PIPE, useClass: RequestInputPipe },
    IdempotencyStore,
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class ApiModule {}
