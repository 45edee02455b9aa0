import { Module } from '@nestjs/common';
import { DirectoryUseCases, OrganisationQueries, UserAdminUseCases } from '@remiss/application';
import { GroupsController, UsersController } from './groups.controller';
import { OrganisationsController } from './organisations.controller';

/** Organisations, recipient groups and contacts. */
@Module({
  controllers: [OrganisationsController, GroupsController, UsersController],
  providers: [OrganisationQueries, DirectoryUseCases, UserAdminUseCases],
})
export class OrganisationsModule {}
