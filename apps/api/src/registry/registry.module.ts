import { Module } from '@nestjs/common';
import { ListRegistryQuery } from '@remiss/application';
import { RegistryController } from './registry.controller';

/** The registry (diarium) listing and its CSV export. */
@Module({ controllers: [RegistryController], providers: [ListRegistryQuery] })
export class RegistryModule {}
