import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdentityProviderStore } from './identity-provider.store';
import { IdentityProvidersController } from './identity-providers.controller';
import { OidcController } from './oidc.controller';
import { OidcSignIn } from './oidc-sign-in.service';

/** Single sign-on with OpenID Connect: the identity providers (admin API) and the sign-in flow. */
@Module({
  imports: [AuthModule],
  controllers: [OidcController, IdentityProvidersController],
  providers: [IdentityProviderStore, OidcSignIn],
})
export class SsoModule {}
