import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { appConfigProvider } from './app-config.provider.js';
import { AgendaItemsModule } from './agenda-items/agenda-items.module.js';
import { CommitmentsModule } from './commitments/commitments.module.js';
import { CommitteesModule } from './committees/committees.module.js';
import { DecisionsModule } from './decisions/decisions.module.js';
import { DisbursementsModule } from './disbursements/disbursements.module.js';
import { GrantsModule } from './grants/grants.module.js';
import { ActionsModule } from './actions/actions.module.js';
import { ContactsModule } from './contacts/contacts.module.js';
import { DiagnosticsModule } from './diagnostics/diagnostics.module.js';
import { InteractionsModule } from './interactions/interactions.module.js';
import { LaureatesModule } from './laureates/laureates.module.js';
import { ObjectivesModule } from './objectives/objectives.module.js';
import { PartnershipsModule } from './partnerships/partnerships.module.js';
import { ReferentAssignmentsModule } from './referent-assignments/referent-assignments.module.js';
import { ScopeModule } from './common/scope/scope.module.js';
import { StaffMembersModule } from './staff-members/staff-members.module.js';
import { AuditEventsModule } from './audit-events/audit-events.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CommonModule } from './common/common.module.js';
import { logSerializers } from './common/http/log-serializers.js';
import type { AppConfig } from './config.js';
import { dataSourceOptions } from './database/data-source.js';
import { HealthController } from './health/health.controller.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { SeasonsModule } from './seasons/seasons.module.js';
import { UsersModule } from './users/users.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            serializers: logSerializers,
            autoLogging: { ignore: (req) => req.url === '/api/health' },
            customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
          },
        }),
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
      ],
      controllers: [HealthController],
      providers: [appConfigProvider(config)],
      exports: [appConfigProvider(config).provide],
    };
  }
}
