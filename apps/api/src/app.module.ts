import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { appConfigProvider } from './app-config.provider.js';
import { AgendaItemsModule } from './committees/agenda-items/agenda-items.module.js';
import { CommitmentsModule } from './committees/commitments/commitments.module.js';
import { CommitteesModule } from './committees/committees/committees.module.js';
import { DecisionsModule } from './committees/decisions/decisions.module.js';
import { DisbursementsModule } from './funding/disbursements/disbursements.module.js';
import { GrantsModule } from './funding/grants/grants.module.js';
import { ActionsModule } from './accompaniment/actions/actions.module.js';
import { ContactsModule } from './directory/contacts/contacts.module.js';
import { DiagnosticsModule } from './accompaniment/diagnostics/diagnostics.module.js';
import { InteractionsModule } from './accompaniment/interactions/interactions.module.js';
import { LaureatesModule } from './accompaniment/laureates/laureates.module.js';
import { ObjectivesModule } from './accompaniment/objectives/objectives.module.js';
import { BookletModule } from './impact/booklet/booklet.module.js';
import { PublicResultsModule } from './impact/public-results/public-results.module.js';
import { SeasonPublicationsModule } from './impact/season-publications/season-publications.module.js';
import { PartnershipsModule } from './accompaniment/partnerships/partnerships.module.js';
import { ReferentAssignmentsModule } from './accompaniment/referent-assignments/referent-assignments.module.js';
import { ScopeModule } from './common/scope/scope.module.js';
import { StaffMembersModule } from './directory/staff-members/staff-members.module.js';
import { AuditEventsModule } from './platform/audit-events/audit-events.module.js';
import { AuthModule } from './platform/auth/auth.module.js';
import { CommonModule } from './common/common.module.js';
import type { AppConfig } from './config.js';
import { dataSourceOptions } from './database/data-source.js';
import { HealthController } from './platform/health/health.controller.js';
import { OrganisationsModule } from './directory/organisations/organisations.module.js';
import { SeasonsModule } from './programme/seasons/seasons.module.js';
import { UsersModule } from './platform/users/users.module.js';
import { DocumentsModule } from './platform/documents/documents.module.js';
import { StorageModule } from './common/storage/storage.module.js';
import { ProConnectModule } from './platform/auth/proconnect/proconnect.module.js';
import { ApplicationImportsModule } from './selection/application-imports/application-imports.module.js';
import { DsSyncsModule } from './selection/ds-sync/ds-syncs.module.js';
import { SelectionModule } from './selection/selection.module.js';
import { MailModule } from './platform/mail/mail.module.js';
import { ImpactModule } from './impact/impact.module.js';
import { RetentionModule } from './platform/retention/retention.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        // Nest's own logs, through the process's logger; requests are logged by a Fastify hook (common/http/request-log.ts),
        // not by pino-http as a middleware before each of them: no route gets it.
        LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.dbPoolSize)),
        CommonModule,
        AuthModule,
        UsersModule,
        SeasonsModule,
        OrganisationsModule,
        AuditEventsModule,
        ScopeModule,
        StaffMembersModule,
        LaureatesModule,
        ReferentAssignmentsModule,
        ContactsModule,
        PartnershipsModule,
        DiagnosticsModule,
        ObjectivesModule,
        ActionsModule,
        InteractionsModule,
        CommitteesModule,
        AgendaItemsModule,
        DecisionsModule,
        CommitmentsModule,
        GrantsModule,
        DisbursementsModule,
        StorageModule,
        DocumentsModule,
        ProConnectModule,
        SelectionModule,
        ApplicationImportsModule,
        DsSyncsModule,
        MailModule,
        ImpactModule,
        SeasonPublicationsModule,
        PublicResultsModule,
        BookletModule,
        RetentionModule,
      ],
      controllers: [HealthController],
      providers: [appConfigProvider(config)],
      exports: [appConfigProvider(config).provide],
    };
  }
}
