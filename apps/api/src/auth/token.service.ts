import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import * as jwt from 'jsonwebtoken';

@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  sign(userId: string): string {
    return signToken(this.config, userId);
  }

  /** Returns the user id, or null when the token is not valid. */
  verify(token: string): string | null {
    try {
      const payload = jwt.verify(token, this.config.jwtSecret, { algorithms: ['HS256'], issuer: 'remiss' });
      return typeof payload === 'object' && typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }
}

export function signToken(config: AppConfig, userId: string): string {
  return jwt.sign({}, config.jwtSecret, { algorithm: 'HS256', subject: userId, issuer: 'remiss', expiresIn: config.jwtTtlSeconds });
}
