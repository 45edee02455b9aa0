import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ArchivePackageQuery } from '@remiss/application';
import { Response } from 'express';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { contentDisposition } from '../documents/content-disposition';
import { ApiFileResponse } from '../http/api-text-response';

@ApiTags('Arkiv')
@ApiBearerAuth()
@Controller('cases')
export class ArchiveController {
  constructor(private readonly archive: ArchivePackageQuery) {}

  @Get(':id/archive')
  @Roles('secretariat', 'admin')
  @ApiProduces('application/zip')
  @ApiOperation({
    summary: 'Arkivpaket för e-arkivet: ett avslutat ärende med handlingar, diarieposter, beslut och händelselogg',
    description:
      'En ZIP med arkivpaket.xml (schema i paketet: schema/remiss-arkivpaket-1.xsd, förebild Riksarkivets FGS Ärendehantering), ' +
      'handlingarna under handlingar/, LASMIG.txt och manifest-sha256.txt. Bara ärendets egen organisation; ärendet måste vara avslutat eller återkallat (annars 409).',
  })
  @ApiFileResponse('Arkivpaketet (ZIP)', 'application/zip')
  @ApiResponse({ status: 409, description: 'Ärendet är inte avslutat; svaret anger dess status' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Res() response: Response) {
    const pkg = await this.archive.build(toActor(user), id);
    response.type('application/zip').setHeader('Content-Disposition', contentDisposition(pkg.filename));
    response.send(pkg.zip);
  }
}
