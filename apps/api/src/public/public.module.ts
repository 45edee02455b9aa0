import { Module } from '@nestjs/common';
import { PublicPortalQuery, SecrecyUseCase } from '@remiss/application';
import { PublicApiController } from './public-api.controller';
import { PublicPageCache } from './public-page-cache';
import { PublicPagesController } from './public-pages.controller';
import { SecrecyController } from './secrecy.controller';

/** Offentlighet: the public portal (pages and API) and secrecy marking. */
@Module({ controllers: [PublicApiController, PublicPagesController, SecrecyController], providers: [PublicPortalQuery, SecrecyUseCase, PublicPageCache], exports: [PublicPageCache] })
export class PublicModule {}
