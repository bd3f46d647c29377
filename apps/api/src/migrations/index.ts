import { CreateSearchExtensions1764000000000 } from './1764000000000-CreateSearchExtensions.js';
import { CreateUsersAndSessions1764000000001 } from './1764000000001-CreateUsersAndSessions.js';
import { CreateAuditEvents1764000000002 } from './1764000000002-CreateAuditEvents.js';
import { CreateSeasons1764000000003 } from './1764000000003-CreateSeasons.js';
import { CreateOrganisations1764000000004 } from './1764000000004-CreateOrganisations.js';
import { CreateLaureates1764000000005 } from './1764000000005-CreateLaureates.js';
import { CreateContacts1764000000006 } from './1764000000006-CreateContacts.js';
import { CreatePartnerships1764000000007 } from './1764000000007-CreatePartnerships.js';
import { CreateDiagnosticsAndObjectives1764000000008 } from './1764000000008-CreateDiagnosticsAndObjectives.js';
import { CreateActions1764000000009 } from './1764000000009-CreateActions.js';
import { CreateInteractions1764000000010 } from './1764000000010-CreateInteractions.js';
import { CreateCommittees1764000000011 } from './1764000000011-CreateCommittees.js';
import { CreateCommitmentsAndFunding1764000000012 } from './1764000000012-CreateCommitmentsAndFunding.js';
import { CreateActionsProgressIndex1764000000901 } from './1764000000901-CreateActionsProgressIndex.js';
import { CreateActionsSearchIndex1764000000902 } from './1764000000902-CreateActionsSearchIndex.js';
import { RaiseSearchStatistics1764000000903 } from './1764000000903-RaiseSearchStatistics.js';
import { AddInteractionOrganisations1765000000002 } from './1765000000002-AddInteractionOrganisations.js';
import { AddAgendaItemSessionSnapshot1765000000001 } from './1765000000001-AddAgendaItemSessionSnapshot.js';
import { CreateActionsDoneRecentIndex1764000000904 } from './1764000000904-CreateActionsDoneRecentIndex.js';
import { CreateNameKey1765200000000 } from './1765200000000-CreateNameKey.js';
import { NormaliseNames1765200000001 } from './1765200000001-NormaliseNames.js';
import { UniqueNameKeys1765200000002 } from './1765200000002-UniqueNameKeys.js';
import { FrenchSortIndexes1765200000003 } from './1765200000003-FrenchSortIndexes.js';
import { CreateAppRole1765300000000 } from './1765300000000-CreateAppRole.js';
import { AddContactsAnonymisedAt1765600000000 } from './1765600000000-AddContactsAnonymisedAt.js';
import { AllowAuditRedaction1765600000001 } from './1765600000001-AllowAuditRedaction.js';
import { AddLaureatesArchivedAt1766000000001 } from './1766000000001-AddLaureatesArchivedAt.js';
import { CreateDocuments1766600000000 } from './1766600000000-CreateDocuments.js';
import { CreateGrantFollowUp1766600000001 } from './1766600000001-CreateGrantFollowUp.js';
import { CreateProConnect1766500000000 } from './1766500000000-CreateProConnect.js';
import { CreateSelection1766100000000 } from './1766100000000-CreateSelection.js';
import { CreateApplicationImports1766200000000 } from './1766200000000-CreateApplicationImports.js';
import { CreateMailMessagesAndPasswordTokens1766400000000 } from './1766400000000-CreateMailMessagesAndPasswordTokens.js';
import { AddWeeklyDigest1766400000001 } from './1766400000001-AddWeeklyDigest.js';
import { CreateImpact1766700000000 } from './1766700000000-CreateImpact.js';
import { CreateAlertSettingsAndCalendarFeeds1766700000001 } from './1766700000001-CreateAlertSettingsAndCalendarFeeds.js';
import { CreateSeasonPublications1766800000000 } from './1766800000000-CreateSeasonPublications.js';
import { CreateInteractionsWordSearch1767000000100 } from './1767000000100-CreateInteractionsWordSearch.js';
import { DropInteractionsTrigramIndex1767000000101 } from './1767000000101-DropInteractionsTrigramIndex.js';
import { KeepGrantsPaidAmount1767000000300 } from './1767000000300-KeepGrantsPaidAmount.js';
import { CreateLaureatePartnerSummaries1767000000400 } from './1767000000400-CreateLaureatePartnerSummaries.js';
import { CreateInteractionsPeriodWords1767000000500 } from './1767000000500-CreateInteractionsPeriodWords.js';
import { CoverActionsLaureateStatusDue1767000000600 } from './1767000000600-CoverActionsLaureateStatusDue.js';
import { CreateLaureateActionCounts1767000000700 } from './1767000000700-CreateLaureateActionCounts.js';
import { CreateLaureatesLiveIndex1767000000800 } from './1767000000800-CreateLaureatesLiveIndex.js';
import { AddCommitteeTimes1767000000900 } from './1767000000900-AddCommitteeTimes.js';
import { CreateActionsOpenLaureateDueIndex1767000001000 } from './1767000001000-CreateActionsOpenLaureateDueIndex.js';
import { GrantFollowUpOnProgrammeDay1767000001100 } from './1767000001100-GrantFollowUpOnProgrammeDay.js';

/** In order; listed explicitly because ESM builds cannot be globbed by TypeORM reliably. */
export const migrations = [
  CreateSearchExtensions1764000000000,
  CreateUsersAndSessions1764000000001,
  CreateAuditEvents1764000000002,
  CreateSeasons1764000000003,
  CreateOrganisations1764000000004,
  CreateLaureates1764000000005,
  CreateContacts1764000000006,
  CreatePartnerships1764000000007,
  CreateDiagnosticsAndObjectives1764000000008,
  CreateActions1764000000009,
  CreateInteractions1764000000010,
  CreateCommittees1764000000011,
  CreateCommitmentsAndFunding1764000000012,
  CreateActionsProgressIndex1764000000901,
  CreateActionsSearchIndex1764000000902,
  RaiseSearchStatistics1764000000903,
  CreateActionsDoneRecentIndex1764000000904,
  AddAgendaItemSessionSnapshot1765000000001,
  AddInteractionOrganisations1765000000002,
  CreateNameKey1765200000000,
  NormaliseNames1765200000001,
  UniqueNameKeys1765200000002,
  FrenchSortIndexes1765200000003,
  CreateAppRole1765300000000,
  AddContactsAnonymisedAt1765600000000,
  AllowAuditRedaction1765600000001,
  AddLaureatesArchivedAt1766000000001,
  CreateDocuments1766600000000,
  CreateGrantFollowUp1766600000001,
  CreateProConnect1766500000000,
  CreateSelection1766100000000,
  CreateApplicationImports1766200000000,
  CreateMailMessagesAndPasswordTokens1766400000000,
  AddWeeklyDigest1766400000001,
  CreateImpact1766700000000,
  CreateAlertSettingsAndCalendarFeeds1766700000001,
  CreateSeasonPublications1766800000000,
  CreateInteractionsWordSearch1767000000100,
  DropInteractionsTrigramIndex1767000000101,
  KeepGrantsPaidAmount1767000000300,
  CreateLaureatePartnerSummaries1767000000400,
  CreateInteractionsPeriodWords1767000000500,
  CoverActionsLaureateStatusDue1767000000600,
  CreateLaureateActionCounts1767000000700,
  CreateLaureatesLiveIndex1767000000800,
  AddCommitteeTimes1767000000900,
  CreateActionsOpenLaureateDueIndex1767000001000,
  GrantFollowUpOnProgrammeDay1767000001100,
];
