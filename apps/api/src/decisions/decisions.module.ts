import { Module } from '@nestjs/common';
import {
  ArchivePackageQuery,
  CalendarFeedService,
  CaseQueries,
  CompilationDataQuery,
  DecisionQueries,
  DispatchDecisionUseCase,
  PartiesQuery,
  RegisterDecisionUseCase,
  RegisterPreparationUseCase,
  RegisterTerminationUseCase,
} from '@remiss/application';
import { ArchiveController } from './archive.controller';
import { DecisionsController } from './decisions.controller';
import { CalendarFeedController, CompilationExportController } from './exports.controller';
import { PartiesController } from './parties.controller';

/** The return leg: municipal decisions, dispatch and receipt, the register of parties, the DOCX compilation and the .ics feed. */
@Module({
  controllers: [DecisionsController, PartiesController, CompilationExportController, CalendarFeedController, ArchiveController],
  providers: [
    RegisterPreparationUseCase,
    RegisterDecisionUseCase,
    DispatchDecisionUseCase,
    DecisionQueries,
    PartiesQuery,
    RegisterTerminationUseCase,
    CaseQueries,
    CompilationDataQuery,
    CalendarFeedService,
    ArchivePackageQuery,
  ],
})
export class DecisionsModule {}
